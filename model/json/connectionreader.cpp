#include "sectionreaders.h"

namespace archboard {

Connection readConnection(FieldReader& r, const Json& o, const std::string& p) {
    Connection c;
    c.id = r.asOwnId(o, p);
    auto reference = [&](const Json& v, const std::string& at) { return r.asReference(v, at); };
    r.read(o, p, "from", c.from, reference, true);
    r.read(o, p, "to", c.to, reference, true);
    r.readEnum<ConnectionKind>(o, p, "kind", c.kind, true);
    r.readString(o, p, "protocol", c.protocol);
    r.readString(o, p, "label", c.label);
    const std::string propsPath = appendKey(p, "props");
    if (const Json* props = r.member(o, p, "props"); props && r.expectObject(*props, propsPath)) {
        const Json& q = *props;
        ConnectionProps& out = c.props;
        r.readNumber(q, propsPath, "timeout_ms", out.timeoutMs, range::kPositive);
        r.readInteger(q, propsPath, "retries", out.retries, range::kCountFromZero);
        r.readBool(q, propsPath, "backoff", out.backoff);
        r.readBool(q, propsPath, "circuit_breaker", out.circuitBreaker);
        r.readBool(q, propsPath, "idempotent", out.idempotent);
        r.readBool(q, propsPath, "auth", out.auth);
        r.readBool(q, propsPath, "tls", out.tls);
        r.readNumber(q, propsPath, "share", out.share, range::kFraction);
        out.extra =
            FieldReader::unknownKeys(q, {"timeout_ms", "retries", "backoff", "circuit_breaker",
                                         "idempotent", "auth", "tls", "share"});
    }
    c.extra =
        FieldReader::unknownKeys(o, {"id", "from", "to", "kind", "protocol", "label", "props"});
    return c;
}

} // namespace archboard
