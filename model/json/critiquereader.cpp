// The `critique` object: suppressions, severity overrides, disabled rules.
#include "sectionreaders.h"

namespace archboard {

namespace {

// Reports `text` at `path` unless it is a rule id.
bool checkRuleId(FieldReader& r, const std::string& text, const std::string& path) {
    if (isValidRuleId(text))
        return true;
    r.report(path, jsonQuoted(text) + " is not a rule id (category.name, each of a-z, 0-9 and -)");
    return false;
}

std::optional<std::string> asRuleId(FieldReader& r, const Json& value, const std::string& path) {
    auto text = r.asString(value, path);
    if (text && !checkRuleId(r, *text, path))
        return std::nullopt;
    return text;
}

} // namespace

CritiqueSettings readCritiqueSettings(FieldReader& r, const Json& o, const std::string& p) {
    CritiqueSettings settings;
    const std::string supPath = appendKey(p, "suppressions");
    if (const Json* list = r.member(o, p, "suppressions"); list && r.expectArray(*list, supPath)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& item = (*list)[i];
            const std::string at = appendIndex(supPath, i);
            Suppression s;
            if (!item.is_discarded() && r.expectObject(item, at)) {
                r.read(
                    item, at, "rule", s.rule,
                    [&](const Json& v, const std::string& q) { return asRuleId(r, v, q); }, true);
                r.readString(item, at, "target", s.target);
                r.read(
                    item, at, "reason", s.reason,
                    [&](const Json& v, const std::string& q) -> std::optional<std::string> {
                        auto text = r.asString(v, q);
                        if (text && text->find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
                            r.report(q, "must say why the finding is accepted (it is empty)");
                            return std::nullopt;
                        }
                        return text;
                    },
                    true);
                s.extra = FieldReader::unknownKeys(item, {"rule", "target", "reason"});
            }
            settings.suppressions.push_back(std::move(s));
        }
    }
    const std::string sevPath = appendKey(p, "severity");
    if (const Json* map = r.member(o, p, "severity"); map && r.expectObject(*map, sevPath)) {
        for (auto it = map->begin(); it != map->end(); ++it) {
            const std::string at = appendKey(sevPath, it.key());
            if (!checkRuleId(r, it.key(), at))
                continue;
            if (it->is_discarded())
                continue;
            if (const auto severity = r.asEnum<Severity>(*it, at))
                settings.severity[it.key()] = *severity;
        }
    }
    const std::string disPath = appendKey(p, "disabled");
    if (const Json* list = r.member(o, p, "disabled")) {
        if (auto ids = r.asStringArray(*list, disPath, true)) {
            for (std::size_t i = 0; i < ids->size(); ++i)
                checkRuleId(r, (*ids)[i], appendIndex(disPath, i));
            settings.disabled = std::move(*ids);
        }
    }
    settings.extra = FieldReader::unknownKeys(o, {"suppressions", "severity", "disabled"});
    return settings;
}

} // namespace archboard
