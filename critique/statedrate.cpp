#include "statedrate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace archboard {

namespace {

using namespace std::string_view_literals;

// A number ("1,500", "2.5k" — its value) or a lower-cased word, or "/";
// `joined` when only spaces part it from the token before.
struct Token {
    std::string word;
    double value = 0;
    bool number = false;
    bool joined = true;
};

bool isLetter(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

bool isDigit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// Reads a number at `at`: digits, thousands groups ("1,500"), a fraction,
// and a `k` or `M` right after it ("6k", "2.5M").
Token readNumber(std::string_view text, std::size_t& at) {
    std::string digits;
    while (at < text.size()) {
        const char c = text[at];
        const bool joins = (c == ',' || c == '.') && at + 1 < text.size() && isDigit(text[at + 1]);
        if (isDigit(c))
            digits += c;
        else if (c == '.' && joins)
            digits += c;
        else if (!(c == ',' && joins))
            break;
        ++at;
    }
    double value = std::strtod(digits.c_str(), nullptr);
    if (at < text.size() && (at + 1 == text.size() || !isLetter(text[at + 1]))) {
        const char suffix = static_cast<char>(std::tolower(static_cast<unsigned char>(text[at])));
        if (suffix == 'k' || suffix == 'm') {
            value *= suffix == 'k' ? 1e3 : 1e6;
            ++at;
        }
    }
    return {{}, value, true};
}

std::vector<Token> tokens(std::string_view text) {
    std::vector<Token> result;
    bool joined = true;
    const auto add = [&](Token token) {
        token.joined = joined;
        result.push_back(std::move(token));
        joined = true;
    };
    for (std::size_t at = 0; at < text.size();) {
        const char c = text[at];
        if (isDigit(c)) {
            add(readNumber(text, at));
        } else if (isLetter(c)) {
            std::string word;
            for (; at < text.size() && isLetter(text[at]); ++at)
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[at])));
            add({std::move(word)});
        } else {
            if (c == '/')
                add({"/"});
            else if (c != ' ')
                joined = false;
            ++at;
        }
    }
    return result;
}

template <std::size_t N>
bool isAny(const std::string& word, const std::array<std::string_view, N>& list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

// Seconds in the unit a rate is given per: "/s", "per minute", "an hour".
std::optional<double> secondsIn(const std::string& unit) {
    if (unit == "s" || unit == "sec" || unit == "second")
        return 1.0;
    if (unit == "min" || unit == "minute")
        return 60.0;
    if (unit == "h" || unit == "hr" || unit == "hour")
        return 3600.0;
    if (unit == "day")
        return 86400.0;
    return std::nullopt;
}

double scaleOf(const std::string& word) {
    return word == "hundred" ? 1e2 : word == "thousand" ? 1e3 : word == "million" ? 1e6 : 0;
}

} // namespace

std::optional<double> statedWriteRate(std::string_view justification) {
    // Most reasons state no write rate: skip them without splitting.
    constexpr std::array kStems{"rite"sv, "RITE"sv, "sert"sv, "SERT"sv, "ommit"sv, "OMMIT"sv};
    if (std::none_of(kStems.begin(), kStems.end(), [&](std::string_view stem) {
            return justification.find(stem) != std::string_view::npos;
        }))
        return std::nullopt;
    constexpr std::array kWrites{"writes"sv, "write"sv, "upserts"sv, "inserts"sv, "commits"sv};
    constexpr std::array kPer{"per"sv, "a"sv, "an"sv, "each"sv};
    const std::vector<Token> t = tokens(justification);
    for (std::size_t q = 0; q < t.size(); ++q) {
        // The quantity: a number, or "a few" (three), either times "hundred",
        // "thousand" or "million" when one follows.
        double amount = 0;
        std::size_t next = q + 1;
        if (t[q].number) {
            amount = t[q].value;
        } else if (t[q].word == "a" && next < t.size() && t[next].word == "few") {
            amount = 3;
            ++next;
        } else {
            continue;
        }
        if (next < t.size() && scaleOf(t[next].word) > 0)
            amount *= scaleOf(t[next++].word);
        // One word may name what is written ("follow writes"); the phrase
        // runs on only across spaces.
        if (next + 1 < t.size() && !t[next].number && !isAny(t[next].word, kWrites) &&
            isAny(t[next + 1].word, kWrites) && t[next].joined)
            ++next;
        if (next >= t.size() || !isAny(t[next].word, kWrites) || !t[next].joined)
            continue;
        ++next;
        if (next + 1 < t.size() && (t[next].word == "/" || isAny(t[next].word, kPer)))
            if (const auto seconds = secondsIn(t[next + 1].word))
                return amount / *seconds;
    }
    return std::nullopt;
}

} // namespace archboard
