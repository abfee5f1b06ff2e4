#include "critiquesettings.h"

namespace archboard {

namespace {
bool isRuleIdPart(std::string_view part) {
    if (part.empty())
        return false;
    for (const char c : part)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    return true;
}
} // namespace

bool isValidRuleId(std::string_view id) {
    const auto dot = id.find('.');
    if (dot == std::string_view::npos)
        return false;
    return isRuleIdPart(id.substr(0, dot)) && isRuleIdPart(id.substr(dot + 1));
}

} // namespace archboard
