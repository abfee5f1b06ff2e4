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

bool labelSaysOverwrites(std::string_view label) {
    const std::vector<std::string> words = justificationWords(label);
    return std::any_of(words.begin(), words.end(), [](const std::string& word) {
        return word.starts_with("upsert") || word.starts_with("updat") ||
               word.starts_with("overwrit") || word.starts_with("replac") || word == "set";
    });
}

} // namespace archboard
