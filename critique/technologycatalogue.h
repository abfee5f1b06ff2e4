#pragma once

#include "model/kinds.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace archboard {

// How a store answers reads after writes, as the critic compares it.
enum class TechConsistency { Strong, Tunable, Eventual };
// Who takes a write, which decides what a node's death stops. SinglePrimary:
// one node takes every write and its replicas follow it. Partitioned: writes
// spread over partitions (shards, ranges, hash slots), each with one primary
// at a time. Leaderless: any replica of a key takes its writes and a quorum
// of replicas decides (Dynamo style), so there is no primary to promote.
// MultiPrimary: several full primaries each take writes and replicate to one
// another, resolving conflicts.
enum class WriteModel { SinglePrimary, Partitioned, Leaderless, MultiPrimary };

template <> struct EnumTokens<TechConsistency> {
    static constexpr std::array tokens{"strong"sv, "tunable"sv, "eventual"sv};
};
template <> struct EnumTokens<WriteModel> {
    static constexpr std::array tokens{"single_primary"sv, "partitioned"sv, "leaderless"sv,
                                       "multi_primary"sv};
};

// A figure and where it comes from: a vendor page, or "rule of thumb".
struct SourcedNumber {
    double value = 0;
    std::string source;
};

struct Technology {
    std::string name;
    std::vector<std::string> aliases;
    std::string provider;
    std::uint32_t kinds = 0; // bit per ComponentKind
    bool managed = false;
    bool highlyAvailable = false; // runs across the provider's fleet by default
    bool multiZone = false;       // always spans zones, with no option to turn off
    std::optional<TechConsistency> consistency;
    std::optional<Ordering> ordering;
    std::optional<Delivery> delivery;
    std::optional<WriteModel> writes;
    std::optional<SourcedNumber> writeCapacity; // writes/s per node
    std::optional<SourcedNumber> sla;           // percent, managed services only
    std::string notes;

    bool fits(ComponentKind kind) const {
        return (kinds & (std::uint32_t{1} << static_cast<unsigned>(kind))) != 0;
    }
    std::vector<ComponentKind> fittingKinds() const;
};

// The technologies the critic knows, matched by name or alias: trimmed and
// compared case-insensitively, whole strings only.
class TechnologyCatalogue {
public:
    // Parses and validates catalogue JSON; every problem is one message that
    // names the entry and field. The catalogue is empty when there are any.
    static TechnologyCatalogue parse(std::string_view json, std::vector<std::string>& problems);
    // The catalogue shipped in resources/catalogue/technologies.json, loaded
    // once. A problem in it is a build defect, reported by the tests.
    static const TechnologyCatalogue& builtIn();

    const std::vector<Technology>& technologies() const { return m_technologies; }
    const Technology* match(std::string_view tech) const;

private:
    std::vector<Technology> m_technologies;
    std::unordered_map<std::string, std::size_t> m_byKey; // lower-case name or alias
};

// `text` without surrounding white space.
std::string_view trimmed(std::string_view text);
// ASCII lower case; other bytes are kept.
std::string lowerAscii(std::string_view text);

} // namespace archboard
