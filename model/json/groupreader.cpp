#include "sectionreaders.h"

namespace archboard {

Group readGroup(FieldReader& r, const Json& o, const std::string& p) {
    Group g;
    g.id = r.asOwnId(o, p);
    r.readEnum<GroupKind>(o, p, "kind", g.kind, true);
    r.readString(o, p, "name", g.name);
    r.read(o, p, "members", g.members,
           [&](const Json& v, const std::string& at) { return r.asStringArray(v, at, true); });
    const std::string rectPath = appendKey(p, "rect");
    if (const Json* rect = r.member(o, p, "rect"); rect && r.expectObject(*rect, rectPath)) {
        r.readNumber(*rect, rectPath, "x", g.rect.x, range::kCoordinate, true);
        r.readNumber(*rect, rectPath, "y", g.rect.y, range::kCoordinate, true);
        r.readNumber(*rect, rectPath, "w", g.rect.w, range::kSize, true);
        r.readNumber(*rect, rectPath, "h", g.rect.h, range::kSize, true);
        g.rectExtra = FieldReader::unknownKeys(*rect, {"x", "y", "w", "h"});
    }
    g.extra = FieldReader::unknownKeys(o, {"id", "kind", "name", "members", "rect"});
    return g;
}

} // namespace archboard
