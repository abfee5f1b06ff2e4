#include "jsontree.h"

#include "designjson.h"
#include "jsonpath.h"
#include "linecounter.h"
#include "textencoding.h"

#include <cmath>
#include <iterator>
#include <memory>
#include <unordered_set>
#include <variant>

namespace archboard {

namespace {

// A byte iterator that publishes how far the parser has read, so SAX events
// and errors can be placed at a line and column.
class TrackingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    TrackingIterator(const char* at, const char** cursor)
        : m_at(at)
        , m_cursor(cursor) {}
    reference operator*() const { return *m_at; }
    TrackingIterator& operator++() {
        ++m_at;
        *m_cursor = m_at;
        return *this;
    }
    TrackingIterator operator++(int) {
        TrackingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const TrackingIterator& other) const { return m_at == other.m_at; }
    bool operator!=(const TrackingIterator& other) const { return m_at != other.m_at; }

private:
    const char* m_at;
    const char** m_cursor;
};

// Turns nlohmann's parse error text into the reason alone.
std::string describeSyntaxError(const std::string& what) {
    if (what.find("surrogate") != std::string::npos)
        return "invalid \\u escape: unpaired surrogate";
    if (what.find("control character") != std::string::npos)
        return "control character in a string must be escaped";
    if (what.find("UTF-8") != std::string::npos)
        return "invalid UTF-8";
    std::string reason = what;
    if (const auto colon = reason.find(": "); colon != std::string::npos)
        reason = reason.substr(colon + 2);
    if (const auto lastRead = reason.find("; last read"); lastRead != std::string::npos)
        reason.erase(lastRead);
    return "not valid JSON: " + reason;
}

class TreeBuilder {
public:
    TreeBuilder(std::string_view bytes, const char** cursor,
                const std::map<std::size_t, std::string>& overflows)
        : m_bytes(bytes)
        , m_cursor(cursor)
        , m_lines(bytes)
        , m_overflows(overflows) {}

    // Set when parsing stopped at a number too large for a double.
    std::optional<std::pair<std::size_t, std::string>> overflow() const { return m_overflow; }

    JsonTree& result() { return m_result; }
    bool aborted() const { return m_aborted; }

    // SAX interface.
    bool null() {
        // A number too large for a double, replaced by `null` for this pass.
        if (const auto it = m_overflows.find(offset() - 4); it != m_overflows.end()) {
            pathProblem(it->second + " is too large for a number");
            return addValue(Json(Json::value_t::discarded));
        }
        return addValue(Json(nullptr));
    }
    bool boolean(bool value) { return addValue(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return addValue(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return addValue(Json(value)); }
    bool number_float(Json::number_float_t value, const std::string& text) {
        if (!std::isfinite(value)) {
            pathProblem(text + " is too large for a number");
            return addValue(Json(Json::value_t::discarded));
        }
        return addValue(Json(value));
    }
    bool string(std::string& value) {
        if (value.size() > limits::kMaxStringBytes) {
            pathProblem("string is longer than 65536 bytes");
            return addValue(Json(Json::value_t::discarded));
        }
        return addValue(Json(std::move(value)));
    }
    bool binary(Json::binary_t&) { return addValue(Json(Json::value_t::discarded)); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& key) {
        Frame& frame = m_stack.back();
        frame.key = key;
        frame.discardValue = false;
        if (key.size() > limits::kMaxStringBytes) {
            frame.key = key.substr(0, 32) + "…";
            frame.discardValue = true;
            pathProblem("key is longer than 65536 bytes");
            return true;
        }
        if (isRepeated(frame, key)) {
            frame.discardValue = true;
            pathProblem("repeated key");
        }
        return true;
    }

    bool parse_error(std::size_t, const std::string& token, const nlohmann::detail::exception& ex) {
        const std::size_t read = static_cast<std::size_t>(*m_cursor - m_bytes.data());
        constexpr int kNumberOverflow = 406;
        if (ex.id == kNumberOverflow && token.size() >= 4) {
            // The reader has consumed the literal and at most one byte more.
            for (const std::size_t back : {token.size(), token.size() + 1})
                if (read >= back && m_bytes.substr(read - back, token.size()) == token) {
                    m_overflow = std::pair{read - back, token};
                    m_aborted = true;
                    return false;
                }
        }
        // The reader has consumed the offending byte; point at it. At the end
        // of the input there is no such byte: point just past the last one.
        const bool atEnd =
            std::string_view(ex.what()).find("end of input") != std::string_view::npos &&
            read == m_bytes.size();
        const std::size_t offset = atEnd || read == 0 ? read : read - 1;
        m_result.problems.push_back({m_lines.where(offset), describeSyntaxError(ex.what())});
        m_aborted = true;
        return false;
    }

private:
    struct Frame {
        Json* container;
        std::string key;                      // objects: the key whose value comes next
        bool discardValue = false;            // the value of a repeated or too long key
        std::size_t nextIndex = 0;            // arrays: index of the next element
        std::unordered_set<std::string> keys; // filled only for large objects
    };

    std::size_t offset() const { return static_cast<std::size_t>(*m_cursor - m_bytes.data()); }

    // The path through the first `depth` frames. A frame below the top holds
    // its current element already; the top frame's next element is the one
    // being read.
    std::string pathOf(std::size_t depth) const {
        std::string path;
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame& frame = m_stack[i];
            if (frame.container->is_object())
                path = appendKey(path, frame.key);
            else
                path = appendIndex(path,
                                   i + 1 < m_stack.size() ? frame.nextIndex - 1 : frame.nextIndex);
        }
        return path;
    }

    std::string currentPath() const { return pathOf(m_stack.size()); }

    void pathProblem(std::string what) {
        m_result.problems.push_back({currentPath(), std::move(what)});
    }

    static bool isRepeated(Frame& frame, const std::string& key) {
        auto& object = frame.container->get_ref<Json::object_t&>();
        constexpr std::size_t kLinearScan = 32;
        if (object.size() < kLinearScan)
            return object.find(key) != object.end();
        if (frame.keys.empty())
            for (const auto& [existing, value] : object)
                frame.keys.insert(existing);
        return !frame.keys.insert(key).second;
    }

    // Places a finished value in its parent; returns where it now lives.
    Json* place(Json&& value) {
        if (m_stack.empty()) {
            m_result.root = std::move(value);
            return &*m_result.root;
        }
        Frame& frame = m_stack.back();
        if (frame.container->is_array()) {
            auto& array = frame.container->get_ref<Json::array_t&>();
            array.push_back(std::move(value));
            ++frame.nextIndex;
            return &array.back();
        }
        if (frame.discardValue) {
            // Each discarded value gets its own node: a frame may still point into it.
            m_discarded.push_back(std::make_unique<Json>(std::move(value)));
            return m_discarded.back().get();
        }
        auto& object = frame.container->get_ref<Json::object_t&>();
        object.emplace_back(frame.key, std::move(value));
        if (!frame.keys.empty())
            frame.keys.insert(frame.key);
        return &object.back().second;
    }

    bool checkArrayLimit() {
        if (m_stack.empty() || !m_stack.back().container->is_array())
            return true;
        const Frame& frame = m_stack.back();
        const bool components = m_stack.size() == 2 && m_stack[0].key == "components";
        const std::size_t limit = components
                                      ? limits::kMaxComponents
                                      : (m_stack.size() == 2 && m_stack[0].key == "connections"
                                             ? limits::kMaxConnections
                                             : limits::kMaxArrayElements);
        if (frame.nextIndex < limit)
            return true;
        m_result.problems.push_back(
            {pathOf(m_stack.size() - 1),
             "has more than " + std::to_string(limit) + " elements, the most a design may have"});
        m_aborted = true;
        return false;
    }

    bool addValue(Json&& value) {
        if (m_stack.empty()) {
            m_topLevelNotObject = true;
            m_aborted = true;
            return false;
        }
        if (!checkArrayLimit())
            return false;
        place(std::move(value));
        return true;
    }

    bool open(Json&& container) {
        if (m_stack.empty() && !container.is_object()) {
            m_topLevelNotObject = true;
            m_aborted = true;
            return false;
        }
        if (static_cast<int>(m_stack.size()) + 1 > limits::kMaxNesting) {
            const std::size_t at = offset() > 0 ? offset() - 1 : 0;
            m_result.problems.push_back({m_lines.where(at), "nesting is deeper than 64 levels"});
            m_aborted = true;
            return false;
        }
        if (!checkArrayLimit())
            return false;
        // Record where each element object of a top-level array begins.
        if (m_stack.size() == 2 && m_stack[1].container->is_array() && container.is_object()) {
            const std::size_t at = offset() > 0 ? offset() - 1 : 0;
            auto& lines = m_result.elementLines[m_stack[0].key];
            lines.resize(m_stack[1].nextIndex + 1, 0);
            lines[m_stack[1].nextIndex] = m_lines.at(at).first;
        }
        Json* placed = place(std::move(container));
        m_stack.push_back(Frame{placed, {}, false, 0, {}});
        return true;
    }

    bool close() {
        m_stack.pop_back();
        return true;
    }

public:
    bool topLevelNotObject() const { return m_topLevelNotObject; }

private:
    std::string_view m_bytes;
    const char** m_cursor;
    LineCounter m_lines;
    JsonTree m_result;
    std::vector<Frame> m_stack;
    std::vector<std::unique_ptr<Json>> m_discarded; // values of repeated keys
    const std::map<std::size_t, std::string>& m_overflows;
    std::optional<std::pair<std::size_t, std::string>> m_overflow;
    bool m_aborted = false;
    bool m_topLevelNotObject = false;
};

} // namespace

JsonTree parseJsonTree(std::string_view bytes) {
    JsonTree tree;
    if (bytes.empty()) {
        tree.problems.push_back({"", "file is empty"});
        return tree;
    }
    if (looksLikeUtf16Or32(bytes)) {
        tree.problems.push_back({"", "file is not UTF-8 (UTF-16 and UTF-32 are not supported)"});
        return tree;
    }
    if (const auto bad = firstInvalidUtf8(bytes)) {
        LineCounter lines(bytes);
        tree.problems.push_back({lines.where(*bad), "invalid UTF-8"});
        return tree;
    }

    // The parser stops at a number too large for a double. Such a number is a
    // problem at its path like any other, so replace it by `null` in a copy
    // (same length, so positions hold), remember it, and parse again.
    std::map<std::size_t, std::string> overflows;
    std::string patched;
    std::string_view input = bytes;
    for (;;) {
        const char* cursor = input.data();
        TreeBuilder builder(input, &cursor, overflows);
        TrackingIterator first(input.data(), &cursor);
        TrackingIterator last(input.data() + input.size(), &cursor);
        // Strict: the whole input must be one JSON value.
        Json::sax_parse(first, last, &builder, nlohmann::detail::input_format_t::json, true);

        if (builder.topLevelNotObject()) {
            tree.problems.push_back({"", "the top level is not a JSON object"});
            return tree;
        }
        if (const auto overflow = builder.overflow();
            overflow && overflows.size() < limits::kMaxMessages) {
            if (patched.empty())
                patched.assign(bytes);
            const auto [at, literal] = *overflow;
            patched.replace(at, literal.size(), "null" + std::string(literal.size() - 4, ' '));
            overflows.emplace(at, literal);
            input = patched;
            continue;
        }
        tree = std::move(builder.result());
        if (builder.aborted())
            tree.root.reset();
        return tree;
    }
}

} // namespace archboard
