#include "callwords.h"

#include "justification.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace archboard {

using namespace std::string_view_literals;

bool labelSaysOnlyReads(std::string_view label) {
    const std::vector<std::string> words = justificationWords(label);
    if (words.empty())
        return false;
    constexpr std::array kReads{"read"sv,  "reads"sv,  "get"sv,  "lookup"sv, "query"sv,
                                "fetch"sv, "select"sv, "scan"sv, "list"sv,   "search"sv};
    if (std::find(kReads.begin(), kReads.end(), words.front()) != kReads.end() ||
        words.front().starts_with("get"))
        return true;
    for (std::size_t w = 0; w < words.size(); ++w)
        if (words[w] == "readonly" ||
            (words[w] == "read" && w + 1 < words.size() && words[w + 1] == "only"))
            return true;
    return false;
}

namespace {

bool isOverwrite(std::string_view word) {
    return word.starts_with("upsert") || word.starts_with("updat") ||
           word.starts_with("overwrit") || word.starts_with("replac") || word == "set";
}

} // namespace

bool labelSaysOverwrites(std::string_view label) {
    const std::vector<std::string> words = justificationWords(label);
    return std::any_of(words.begin(), words.end(),
                       [](const std::string& word) { return isOverwrite(word); });
}

bool labelSaysWrites(std::string_view label) {
    if (label.empty() || labelSaysOnlyReads(label))
        return false;
    constexpr std::array kWrites{"write"sv,  "writes"sv, "put"sv,   "insert"sv, "add"sv,
                                 "append"sv, "push"sv,   "save"sv,  "store"sv,  "setex"sv,
                                 "mset"sv,   "zadd"sv,   "hset"sv,  "sadd"sv,   "lpush"sv,
                                 "rpush"sv,  "xadd"sv,   "pfadd"sv, "hmset"sv,  "increment"sv};
    const std::vector<std::string> words = justificationWords(label);
    return std::any_of(words.begin(), words.end(), [&](const std::string& word) {
        return isOverwrite(word) || word.find("incr") != std::string::npos ||
               std::find(kWrites.begin(), kWrites.end(), word) != kWrites.end();
    });
}

} // namespace archboard
