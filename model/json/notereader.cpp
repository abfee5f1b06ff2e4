#include "sectionreaders.h"

namespace archboard {

Note readNote(FieldReader& r, const Json& o, const std::string& p) {
    Note n;
    n.id = r.asOwnId(o, p);
    r.readString(o, p, "text", n.text);
    r.readPosition(o, p, n.position, n.positionExtra);
    n.extra = FieldReader::unknownKeys(o, {"id", "text", "position"});
    return n;
}

} // namespace archboard
