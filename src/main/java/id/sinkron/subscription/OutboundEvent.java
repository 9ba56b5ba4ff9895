package id.sinkron.subscription;

import java.util.Map;
import java.util.UUID;

/**
 * One feed event rendered for one subscription as a CloudEvent.
 *
 * @param attributes the CloudEvents context attributes (specversion, id, source, type, subject, time,
 *     datacontenttype, sinkronseq, sinkronversion), in that order
 * @param data the projected record, changed fields and the agency's own record ids
 * @param structured the whole event in structured JSON mode ({@code application/cloudevents+json})
 * @param dataJson {@code data} alone, the body in binary mode
 */
public record OutboundEvent(long seq, UUID eventId, UUID entityId, Map<String, Object> attributes, Map<String, Object> data,
        String structured, String dataJson) {}
