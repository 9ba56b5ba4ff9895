package id.sinkron.match;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index from blocking keys to records, growing as records are added. Serves single records
 * ({@link #candidates}) and whole batches ({@link #forEachPair}), skipping blocks larger than the cap.
 */
public final class BlockingIndex implements CandidateSource {

    private static final System.Logger LOG = System.getLogger(BlockingIndex.class.getName());

    /** Receives one candidate pair. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(MatchRecord a, MatchRecord b);
    }

    private final List<BlockingRule> rules;
    private final int maxBlockSize;
    private final PairMode mode;
    private final List<Map<String, List<MatchRecord>>> blocks = new ArrayList<>();
    private final Map<String, SkippedBlock> skipped = new HashMap<>();

    public BlockingIndex(List<BlockingRule> rules, int maxBlockSize, PairMode mode) {
        this.rules = List.copyOf(rules);
        this.maxBlockSize = maxBlockSize;
        this.mode = mode;
        rules.forEach(r -> blocks.add(new HashMap<>()));
    }

    public void add(MatchRecord record) {
        for (int i = 0; i < rules.size(); i++) {
            String key = rules.get(i).key(record);
            if (key != null) {
                blocks.get(i).computeIfAbsent(key, k -> new ArrayList<>()).add(record);
            }
        }
    }

    @Override
    public List<MatchRecord> candidates(MatchRecord record) {
        Set<MatchRecord> found = new LinkedHashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            String key = rules.get(i).key(record);
            List<MatchRecord> block = key == null ? null : blocks.get(i).get(key);
            if (block == null || tooLarge(i, key, block)) {
                continue;
            }
            for (MatchRecord other : block) {
                if (other != record && !other.id().equals(record.id()) && mode.allows(record, other)) {
                    found.add(other);
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Every candidate pair once. A pair sharing keys of several rules is produced by the first of them (Splink's
     * trick), so no set of seen pairs is needed however many pairs there are.
     *
     * @return the number of pairs produced
     */
    public long forEachPair(PairConsumer consumer) {
        long pairs = 0;
        for (int i = 0; i < rules.size(); i++) {
            for (Map.Entry<String, List<MatchRecord>> block : blocks.get(i).entrySet()) {
                List<MatchRecord> members = block.getValue();
                if (members.size() < 2 || tooLarge(i, block.getKey(), members)) {
                    continue;
                }
                for (int x = 0; x < members.size(); x++) {
                    for (int y = x + 1; y < members.size(); y++) {
                        MatchRecord a = members.get(x);
                        MatchRecord b = members.get(y);
                        if (mode.allows(a, b) && !sharedByEarlierRule(i, a, b)) {
                            consumer.accept(a, b);
                            pairs++;
                        }
                    }
                }
            }
        }
        return pairs;
    }

    private boolean sharedByEarlierRule(int rule, MatchRecord a, MatchRecord b) {
        for (int j = 0; j < rule; j++) {
            String key = rules.get(j).key(a);
            if (key != null && key.equals(rules.get(j).key(b))) {
                // a pair in a skipped block of an earlier rule was not produced there
                if (blocks.get(j).get(key).size() <= rules.get(j).cap(maxBlockSize)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean tooLarge(int rule, String key, List<MatchRecord> block) {
        int cap = rules.get(rule).cap(maxBlockSize);
        if (block.size() <= cap) {
            return false;
        }
        String id = rules.get(rule).name() + '\u001e' + key;
        if (!skipped.containsKey(id)) {
            SkippedBlock skip = new SkippedBlock(rules.get(rule).name(), key.replace('\u001f', '|'), block.size());
            skipped.put(id, skip);
            LOG.log(Level.WARNING, "blocking rule {0}: block {1} has {2} records (cap {3}), skipped",
                    skip.rule(), skip.key(), skip.size(), cap);
        }
        return true;
    }

    /** The blocks left out so far, largest first. */
    public List<SkippedBlock> skippedBlocks() {
        return skipped.values().stream().sorted((p, q) -> Integer.compare(q.size(), p.size())).toList();
    }
}
