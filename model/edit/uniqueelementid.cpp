#include "uniqueelementid.h"

#include <string>

namespace archboard {

namespace {

constexpr std::size_t kMaxIdLength = 64;
constexpr std::size_t kSuffixRoom = 8; // "-1234567"

std::string sanitisedBase(std::string_view base) {
    std::string out;
    for (const char c : base.substr(0, kMaxIdLength - kSuffixRoom)) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
        out += allowed ? c : '-';
    }
    return out.empty() ? std::string("element") : out;
}

} // namespace

ElementId uniqueElementId(const Design& design, std::string_view base,
                          const std::unordered_set<ElementId>& taken) {
    const std::string stem = sanitisedBase(base);
    const auto free = [&](const std::string& id) {
        return !design.contains(id) && !taken.contains(id);
    };
    if (free(stem))
        return stem;
    for (std::size_t n = 2;; ++n) {
        std::string id = stem + '-' + std::to_string(n);
        if (free(id))
            return id;
    }
}

} // namespace archboard
