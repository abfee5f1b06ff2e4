#include "sectionreaders.h"

namespace archboard {

namespace {

// RFC 3339 date-time with upper-case T and Z: 2026-11-22T10:00:00Z,
// an optional fraction, Z or a ±HH:MM offset.
bool isRfc3339(std::string_view s) {
    auto digits = [&](std::size_t at, std::size_t count, int& value) {
        if (at + count > s.size())
            return false;
        value = 0;
        for (std::size_t i = at; i < at + count; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    };
    int year, month, day, hour, minute, second;
    if (!digits(0, 4, year) || s.size() < 20 || s[4] != '-' || !digits(5, 2, month) ||
        s[7] != '-' || !digits(8, 2, day) || s[10] != 'T' || !digits(11, 2, hour) || s[13] != ':' ||
        !digits(14, 2, minute) || s[16] != ':' || !digits(17, 2, second))
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int monthDays[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > monthDays[month - 1] || hour > 23 ||
        minute > 59 || second > 60)
        return false;
    std::size_t at = 19;
    if (s[at] == '.') {
        ++at;
        const std::size_t start = at;
        while (at < s.size() && s[at] >= '0' && s[at] <= '9')
            ++at;
        if (at == start)
            return false;
    }
    if (at < s.size() && s[at] == 'Z')
        return at + 1 == s.size();
    int offsetHour, offsetMinute;
    return at + 6 == s.size() && (s[at] == '+' || s[at] == '-') && digits(at + 1, 2, offsetHour) &&
           s[at + 3] == ':' && digits(at + 4, 2, offsetMinute) && offsetHour <= 23 &&
           offsetMinute <= 59;
}

} // namespace

Annotation readAnnotation(FieldReader& r, const Json& o, const std::string& p) {
    Annotation a;
    a.id = r.asOwnId(o, p);
    r.readString(o, p, "target", a.target);
    r.readString(o, p, "author", a.author);
    r.readString(o, p, "text", a.text);
    r.read(o, p, "created", a.created,
           [&](const Json& v, const std::string& at) -> std::optional<std::string> {
               auto text = r.asString(v, at);
               if (text && !text->empty() && !isRfc3339(*text)) {
                   r.report(at,
                            jsonQuoted(*text) +
                                " is not an RFC 3339 date-time such as \"2026-11-22T10:00:00Z\"");
                   return std::nullopt;
               }
               return text;
           });
    std::optional<bool> resolved;
    r.readBool(o, p, "resolved", resolved);
    a.resolved = resolved.value_or(false);
    r.readString(o, p, "reply_to", a.replyTo);
    a.extra = FieldReader::unknownKeys(
        o, {"id", "target", "author", "text", "created", "resolved", "reply_to"});
    return a;
}

} // namespace archboard
