package id.sinkron.region.web;

import id.sinkron.web.NotFound;
import java.util.Map;

/** No current Kemendagri region has this code. */
class UnknownRegion extends NotFound {

    UnknownRegion(String code) {
        super("unknown-region", "Unknown region",
                "no current Kemendagri region has the code '" + code + "' (dotted: 33, 33.16, 33.16.09, 33.16.09.1006)",
                Map.of("code", code));
    }
}
