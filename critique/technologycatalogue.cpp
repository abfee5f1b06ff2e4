#include "technologycatalogue.h"

#include "critique/embedded.h"
#include "model/json.h"

#include <algorithm>
#include <set>

namespace archboard {

namespace {

using Problems = std::vector<std::string>;

const std::set<std::string_view> kKnownKeys{
    "name",       "aliases",     "provider", "kinds",    "managed", "highly_available",
    "multi_zone", "consistency", "ordering", "delivery", "writes",  "write_capacity",
    "sla",        "notes"};

// Reads one entry's fields, appending a message for each problem.
class EntryReader {
public:
    EntryReader(const Json& object, std::string where, Problems& problems)
        : m_object(object)
        , m_where(std::move(where))
        , m_problems(problems) {}

    void fail(std::string_view key, std::string_view what) {
        m_problems.push_back(m_where + "." + std::string(key) + ": " + std::string(what));
    }

    std::string text(std::string_view key, bool required) {
        const auto it = m_object.find(key);
        if (it == m_object.end()) {
            if (required)
                fail(key, "missing");
            return {};
        }
        if (!it->is_string() || trimmed(it->get_ref<const std::string&>()).empty()) {
            fail(key, "expected a non-empty string");
            return {};
        }
        return it->get<std::string>();
    }

    bool flag(std::string_view key) {
        const auto it = m_object.find(key);
        if (it == m_object.end() || !it->is_boolean()) {
            fail(key, it == m_object.end() ? "missing" : "expected true or false");
            return false;
        }
        return it->get<bool>();
    }

    std::vector<std::string> texts(std::string_view key) {
        std::vector<std::string> values;
        const auto it = m_object.find(key);
        if (it == m_object.end() || !it->is_array()) {
            fail(key, it == m_object.end() ? "missing" : "expected an array of strings");
            return values;
        }
        for (const Json& value : *it) {
            if (!value.is_string() || trimmed(value.get_ref<const std::string&>()).empty())
                fail(key, "expected an array of non-empty strings");
            else
                values.push_back(value.get<std::string>());
        }
        return values;
    }

    template <typename E> std::optional<E> token(std::string_view key) {
        const auto it = m_object.find(key);
        if (it == m_object.end())
            return std::nullopt;
        const auto value =
            it->is_string() ? enumFromString<E>(it->get_ref<const std::string&>()) : std::nullopt;
        if (!value)
            fail(key, "expected one of " + enumChoices<E>());
        return value;
    }

    std::optional<SourcedNumber> sourced(std::string_view key) {
        const auto it = m_object.find(key);
        if (it == m_object.end())
            return std::nullopt;
        const auto value = it->find("value");
        const auto source = it->find("source");
        if (!it->is_object() || it->size() != 2 || value == it->end() || !value->is_number() ||
            value->get<double>() <= 0 || source == it->end() || !source->is_string() ||
            trimmed(source->get_ref<const std::string&>()).empty()) {
            fail(key, "expected {\"value\": a positive number, \"source\": a URL or "
                      "\"rule of thumb\"}");
            return std::nullopt;
        }
        return SourcedNumber{value->get<double>(), source->get<std::string>()};
    }

private:
    const Json& m_object;
    std::string m_where;
    Problems& m_problems;
};

bool fitsAny(const Technology& tech, std::initializer_list<ComponentKind> kinds) {
    return std::any_of(kinds.begin(), kinds.end(),
                       [&tech](ComponentKind kind) { return tech.fits(kind); });
}

// The fields a kind calls for are present exactly where they apply.
void checkApplicability(const Technology& tech, EntryReader& reader) {
    using K = ComponentKind;
    const auto require = [&reader](bool applies, bool present, std::string_view key) {
        if (applies && !present)
            reader.fail(key, "missing for the kinds this technology fits");
        if (!applies && present)
            reader.fail(key, "does not apply to the kinds this technology fits");
    };
    require(fitsAny(tech, {K::SqlStore, K::NosqlStore, K::ObjectStore, K::SearchIndex, K::Cache,
                           K::Coordination}),
            tech.consistency.has_value(), "consistency");
    const bool messaging = fitsAny(tech, {K::Queue, K::Stream});
    require(messaging, tech.ordering.has_value(), "ordering");
    require(messaging, tech.delivery.has_value(), "delivery");
    require(fitsAny(tech, {K::SqlStore, K::NosqlStore}), tech.writes.has_value(), "writes");
    if (tech.writes == WriteModel::SinglePrimary && !tech.writeCapacity)
        reader.fail("write_capacity", "missing for a single-primary store");
    if (tech.sla && !tech.managed)
        reader.fail("sla", "only managed services have an SLA");
    if (tech.sla && tech.sla->value > 100)
        reader.fail("sla", "expected a percentage of at most 100");
    if (tech.multiZone && !tech.highlyAvailable)
        reader.fail("multi_zone", "a multi-zone service is highly available");
    if (tech.highlyAvailable && !tech.managed)
        reader.fail("highly_available", "only a managed service is highly available by default");
}

std::optional<Technology> readEntry(const Json& object, const std::string& where,
                                    Problems& problems) {
    if (!object.is_object()) {
        problems.push_back(where + ": expected an object");
        return std::nullopt;
    }
    const std::size_t before = problems.size();
    EntryReader reader(object, where, problems);
    for (const auto& [key, value] : object.items())
        if (!kKnownKeys.contains(key))
            reader.fail(key, "unknown key");

    Technology tech;
    tech.name = reader.text("name", true);
    tech.aliases = reader.texts("aliases");
    tech.provider = reader.text("provider", true);
    for (const std::string& kind : reader.texts("kinds")) {
        if (const auto value = enumFromString<ComponentKind>(kind))
            tech.kinds |= std::uint32_t{1} << static_cast<unsigned>(*value);
        else
            reader.fail("kinds", "unknown kind \"" + kind + "\"");
    }
    if (tech.kinds == 0)
        reader.fail("kinds", "expected at least one kind");
    tech.managed = reader.flag("managed");
    tech.highlyAvailable = reader.flag("highly_available");
    tech.multiZone = reader.flag("multi_zone");
    tech.consistency = reader.token<TechConsistency>("consistency");
    tech.ordering = reader.token<Ordering>("ordering");
    tech.delivery = reader.token<Delivery>("delivery");
    tech.writes = reader.token<WriteModel>("writes");
    tech.writeCapacity = reader.sourced("write_capacity");
    tech.sla = reader.sourced("sla");
    tech.notes = reader.text("notes", false);
    if (problems.size() == before)
        checkApplicability(tech, reader);
    if (problems.size() != before)
        return std::nullopt;
    return tech;
}

} // namespace

std::string_view trimmed(std::string_view text) {
    constexpr std::string_view kSpace = " \t\n\r\f\v";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

std::string lowerAscii(std::string_view text) {
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

std::vector<ComponentKind> Technology::fittingKinds() const {
    std::vector<ComponentKind> result;
    for (std::size_t i = 0; i < enumCount<ComponentKind>(); ++i)
        if (fits(static_cast<ComponentKind>(i)))
            result.push_back(static_cast<ComponentKind>(i));
    return result;
}

TechnologyCatalogue TechnologyCatalogue::parse(std::string_view json, Problems& problems) {
    TechnologyCatalogue catalogue;
    const Json root = Json::parse(json, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        problems.push_back("technology catalogue: not a JSON object");
        return catalogue;
    }
    const auto format = root.find("format");
    if (format == root.end() || !format->is_number_integer() || *format != 1)
        problems.push_back("format: expected 1");
    const auto list = root.find("technologies");
    if (list == root.end() || !list->is_array()) {
        problems.push_back("technologies: expected an array");
        return catalogue;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string where = "technologies[" + std::to_string(i) + "]";
        auto tech = readEntry((*list)[i], where, problems);
        if (!tech)
            continue;
        std::vector<std::string> keys{tech->name};
        keys.insert(keys.end(), tech->aliases.begin(), tech->aliases.end());
        for (const std::string& key : keys) {
            const auto [it, inserted] = catalogue.m_byKey.emplace(lowerAscii(trimmed(key)),
                                                                  catalogue.m_technologies.size());
            if (!inserted)
                problems.push_back(where + ": \"" + key + "\" already names " +
                                   catalogue.m_technologies[it->second].name);
        }
        catalogue.m_technologies.push_back(std::move(*tech));
    }
    if (!problems.empty())
        catalogue = {};
    return catalogue;
}

const TechnologyCatalogue& TechnologyCatalogue::builtIn() {
    static const TechnologyCatalogue catalogue = [] {
        Problems problems;
        return parse(embedded::technologyCatalogueJson(), problems);
    }();
    return catalogue;
}

const Technology* TechnologyCatalogue::match(std::string_view tech) const {
    const auto key = trimmed(tech);
    if (key.empty())
        return nullptr;
    const auto it = m_byKey.find(lowerAscii(key));
    return it == m_byKey.end() ? nullptr : &m_technologies[it->second];
}

} // namespace archboard
