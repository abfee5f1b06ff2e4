#include "justification.h"

#include "critique/technologycatalogue.h"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace archboard {

namespace {

using namespace std::string_view_literals;

// The vocabulary is part of the rule: change it only with its tests.
constexpr std::array kWorkloadTerms{
    // access pattern
    "read"sv, "write"sv, "lookup"sv, "key"sv, "scan"sv, "range"sv, "hot"sv, "append"sv, "access"sv,
    "pattern"sv, "random"sv, "sequential"sv, "batch"sv, "bulk"sv, "fanout"sv, "point"sv, "upsert"sv,
    "insert"sv, "update"sv, "delete"sv, "burst"sv, "spike"sv, "peak"sv,
    // ordering
    "order"sv, "fifo"sv, "sequenc"sv, "sort"sv, "time"sv, "watermark"sv, "monoton"sv, "causal"sv,
    "session"sv,
    // throughput
    "throughput"sv, "rps"sv, "qps"sv, "tps"sv, "second"sv, "volume"sv, "ingest"sv, "capacity"sv,
    "bandwidth"sv, "concurren"sv, "load"sv, "traffic"sv,
    // latency
    "latency"sv, "millisecond"sv, "microsecond"sv, "realtime"sv,
    // consistency
    "consisten"sv, "transaction"sv, "acid"sv, "atomic"sv, "linearizab"sv, "serializab"sv,
    "isolation"sv, "strong"sv, "eventual"sv, "idempoten"sv, "exactly"sv, "once"sv, "dedup"sv,
    "lock"sv, "conflict"sv, "quorum"sv,
    // durability
    "durab"sv, "persist"sv, "replica"sv, "backup"sv, "snapshot"sv, "pitr"sv, "retention"sv,
    "replay"sv, "wal"sv, "journal"sv, "loss"sv, "lose"sv, "redundan"sv, "nines"sv, "archive"sv,
    "version"sv, "redrive"sv, "dead"sv, "poison"sv, "redeliver"sv, "ack"sv,
    // query shape
    "query"sv, "queries"sv, "join"sv, "index"sv, "search"sv, "text"sv, "facet"sv, "aggregat"sv,
    "filter"sv, "secondary"sv, "schema"sv, "relational"sv, "document"sv, "graph"sv, "adjacen"sv,
    "geo"sv, "spatial"sv, "vector"sv, "window"sv, "column"sv, "hierarch"sv,
    // partitioning
    "partition"sv, "shard"sv, "hash"sv, "distribut"sv, "horizontal"sv, "cluster"sv, "region"sv,
    "zone"sv, "global"sv, "leader"sv, "primary"sv, "master"sv,
    // cost
    "cost"sv, "cheap"sv, "price"sv, "pricing"sv, "billing"sv, "budget"sv, "tier"sv, "free"sv,
    "licens"sv, "spend"sv, "serverless"sv,
    // operations
    "managed"sv, "ops"sv, "operat"sv, "maintenance"sv, "upgrade"sv, "patch"sv, "deploy"sv,
    "monitor"sv, "metric"sv, "log"sv, "trac"sv, "alert"sv, "health"sv, "probe"sv, "failover"sv,
    "autoscal"sv, "elastic"sv, "routing"sv, "route"sv, "anycast"sv, "edge"sv, "tls"sv, "ssl"sv,
    "mtls"sv, "waf"sv, "firewall"sv, "auth"sv, "jwt"sv, "token"sv, "oauth"sv, "saml"sv, "sso"sv,
    "quota"sv, "rate"sv, "limit"sv, "throttl"sv, "retry"sv, "retries"sv, "delay"sv, "timeout"sv,
    "visibility"sv, "plugin"sv, "hook"sv, "config"sv, "integrat"sv, "ecosystem"sv, "sdk"sv, "api"sv,
    "protocol"sv, "grpc"sv, "http"sv, "websocket"sv, "push"sv, "pull"sv, "scrape"sv, "sla"sv,
    "uptime"sv, "availab"sv, "oncall"sv, "burden"sv, "runbook"sv, "vendor"sv, "complian"sv,
    "encrypt"sv, "privacy"sv, "residency"sv, "contract"sv, "terms"sv,
    // team skill
    "team"sv, "skill"sv, "experience"sv, "familiar"sv, "knows"sv, "knowledge"sv, "expertise"sv,
    "hire"sv, "hiring"sv, "staff"sv, "learn"sv, "already"sv, "existing"sv};

const std::unordered_set<std::string_view> kPraiseAndFiller{
    // generic praise
    "fast", "faster", "fastest", "quick", "speed", "speedy", "scalable", "scalability", "scale",
    "scales", "scaling", "popular", "popularity", "reliable", "reliability", "industry", "standard",
    "standards", "easy", "easier", "easiest", "best", "better", "modern", "robust", "powerful",
    "performant", "performance", "proven", "mature", "great", "good", "nice", "excellent",
    "flexible", "flexibility", "simple", "simplicity", "stable", "efficient", "lightweight",
    "leading", "awesome", "amazing", "cool", "solid", "widely", "well", "known", "battle", "tested",
    "trusted", "secure",
    // filler
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from",
    "with", "as", "is", "are", "was", "be", "been", "being", "it", "its", "this", "that", "these",
    "those", "we", "our", "us", "i", "you", "they", "very", "really", "most", "more", "highly",
    "super", "quite", "extremely", "so", "too", "also", "just", "because", "since", "which", "who",
    "what", "use", "used", "uses", "using", "choice", "option", "solution", "tool", "technology",
    "tech", "lots", "lot", "has", "have", "had", "can", "will", "everyone", "everybody", "s"};

// Speculation and appeals to popularity, weak at any length. A phrase is a
// sequence of steps; a step lists its alternatives ("*" ends a prefix) and
// how many other words may come before it. Matching on words makes case,
// hyphens and apostrophes irrelevant ("future-proof", "Future proof",
// "everyone's using it").
struct PhraseStep {
    std::string_view alternatives;
    std::size_t gapBefore = 0;
};
using Phrase = std::array<PhraseStep, 3>; // unused trailing steps are empty

constexpr std::array kSpeculativePhrases{
    // "in case we (ever) need to scale (later)"
    Phrase{{{"in"}, {"case"}, {"scal*|grow*", 4}}},
    // "if we need to scale", "should we ever have to grow"
    Phrase{{{"if|should"}, {"we"}, {"scal*|grow*", 3}}},
    // "to scale later", "scale up eventually", "growing in the future"
    Phrase{{{"scal*|grow*"}, {"later|eventually|someday|future", 2}}},
    Phrase{{{"future"}, {"proof*"}}},
    Phrase{{{"futureproof*"}}},
    Phrase{{{"industry"}, {"standard*"}}},
    // "everyone uses it", "everybody is using it", "everyone else uses"
    Phrase{{{"everyone|everybody"}, {"use|uses|using|used", 2}}},
};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Length of the UTF-8 sequence starting at `lead`, and whether the code point
// it encodes is a letter for our purposes: any non-ASCII character outside
// the Latin-1 and general punctuation blocks and the ideographic space.
std::pair<std::size_t, bool> utf8Letter(std::string_view text, std::size_t at) {
    const auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (at + length > text.size() || length == 1)
        return {1, false};
    std::uint32_t code = lead & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < length; ++k)
        code = (code << 6) | (byte(at + k) & 0x3F);
    const bool punctuation = (code >= 0x80 && code <= 0xBF) || code == 0xD7 || code == 0xF7 ||
                             (code >= 0x2000 && code <= 0x206F) ||
                             (code >= 0x3000 && code <= 0x303F);
    return {length, !punctuation};
}

bool hasDigit(std::string_view word) {
    return std::any_of(word.begin(), word.end(), isDigit);
}

bool beginsWithWorkloadTerm(std::string_view word) {
    return std::any_of(kWorkloadTerms.begin(), kWorkloadTerms.end(),
                       [word](std::string_view term) { return word.starts_with(term); });
}

bool matchesAlternative(std::string_view word, std::string_view alternatives) {
    while (!alternatives.empty()) {
        const auto bar = alternatives.find('|');
        const std::string_view option = alternatives.substr(0, bar);
        const bool matched = option.ends_with('*')
                                 ? word.starts_with(option.substr(0, option.size() - 1))
                                 : word == option;
        if (matched)
            return true;
        alternatives =
            bar == std::string_view::npos ? std::string_view{} : alternatives.substr(bar + 1);
    }
    return false;
}

// Whether `phrase` from step `step` on matches `words` starting at or up to
// the step's gap after `from`.
bool matchesFrom(const std::vector<std::string>& words, std::size_t from, const Phrase& phrase,
                 std::size_t step) {
    if (step == phrase.size() || phrase[step].alternatives.empty())
        return true;
    const std::size_t last = std::min(words.size(), from + phrase[step].gapBefore + 1);
    for (std::size_t at = from; at < last; ++at)
        if (matchesAlternative(words[at], phrase[step].alternatives) &&
            matchesFrom(words, at + 1, phrase, step + 1))
            return true;
    return false;
}

} // namespace

bool hasSpeculativePhrase(const std::vector<std::string>& words) {
    for (std::size_t at = 0; at < words.size(); ++at)
        for (const Phrase& phrase : kSpeculativePhrases)
            if (matchesAlternative(words[at], phrase[0].alternatives) &&
                matchesFrom(words, at + 1, phrase, 1))
                return true;
    return false;
}

std::vector<std::string> justificationWords(std::string_view text) {
    std::vector<std::string> words;
    std::string current;
    for (std::size_t at = 0; at < text.size();) {
        const char c = text[at];
        if (isAsciiLetter(c) || isDigit(c)) {
            current += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            ++at;
            continue;
        }
        const auto [length, letter] = static_cast<unsigned char>(c) >= 0x80
                                          ? utf8Letter(text, at)
                                          : std::pair<std::size_t, bool>{1, false};
        if (letter) {
            current.append(text.substr(at, length));
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
        at += length;
    }
    if (!current.empty())
        words.push_back(std::move(current));
    return words;
}

bool isWeakJustification(std::string_view justification, std::string_view tech,
                         const Technology* entry) {
    // A handful of words: a flat list beats hashing.
    std::vector<std::string> techWords;
    const auto addWords = [&techWords](std::string_view text) {
        for (std::string& word : justificationWords(text))
            techWords.push_back(std::move(word));
    };
    addWords(tech);
    if (entry) {
        addWords(entry->name);
        for (const std::string& alias : entry->aliases)
            addWords(alias);
    }

    const std::vector<std::string> words = justificationWords(justification);
    bool onlyPraiseAndFiller = true;
    for (const std::string& word : words) {
        if (std::find(techWords.begin(), techWords.end(), word) != techWords.end())
            continue; // filler, and nothing else
        if (hasDigit(word) || beginsWithWorkloadTerm(word))
            return false;
        if (!kPraiseAndFiller.contains(word))
            onlyPraiseAndFiller = false;
    }
    return words.size() < 6 || onlyPraiseAndFiller || hasSpeculativePhrase(words);
}

} // namespace archboard
