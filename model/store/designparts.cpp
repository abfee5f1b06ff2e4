// Deltas are MessagePack: {"h": header bytes or nil, "a": [steps × 5]}, where
// a step is a positive count (keep that many base elements), a negative
// count (skip that many), or an array of [id, body] pairs (insert).
#include "designparts.h"

#include "sqlite.h"

#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace archboard::store {

namespace {

std::string toMsgpack(const Json& value) {
    std::string bytes;
    Json::to_msgpack(value, nlohmann::detail::output_adapter<char, std::string>(bytes));
    return bytes;
}

Json::binary_t toBinary(const std::string& bytes) {
    return Json::binary_t(std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
}

std::string fromBinary(const Json& value) {
    const auto& binary = value.get_binary();
    return std::string(binary.begin(), binary.end());
}

[[noreturn]] void damaged(const std::string& what) {
    throw StoreError("the document is damaged (" + what + ")");
}

// The MessagePack header of an array of `count` elements: the elements'
// bytes can then follow as they are, so a whole array parses in one call.
void appendArrayHeader(std::string& out, std::size_t count) {
    if (count < 16) {
        out += static_cast<char>(0x90 | count);
    } else if (count <= 0xffff) {
        out += static_cast<char>(0xdc);
        out += static_cast<char>((count >> 8) & 0xff);
        out += static_cast<char>(count & 0xff);
    } else {
        out += static_cast<char>(0xdd);
        for (int shift = 24; shift >= 0; shift -= 8)
            out += static_cast<char>((count >> shift) & 0xff);
    }
}

class StepWriter {
public:
    void keep(std::int64_t n) {
        if (n <= 0)
            return;
        flushInsert();
        if (!m_steps.empty() && m_steps.back().is_number_integer() &&
            m_steps.back().get<std::int64_t>() > 0)
            m_steps.back() = m_steps.back().get<std::int64_t>() + n;
        else
            m_steps.push_back(n);
    }
    void drop(std::int64_t n) {
        if (n <= 0)
            return;
        flushInsert();
        if (!m_steps.empty() && m_steps.back().is_number_integer() &&
            m_steps.back().get<std::int64_t>() < 0)
            m_steps.back() = m_steps.back().get<std::int64_t>() - n;
        else
            m_steps.push_back(-n);
    }
    void insert(const StoredElement& element) {
        m_insert.push_back(Json::array({element.id, toBinary(element.body)}));
    }
    Json finish() {
        flushInsert();
        return std::move(m_steps);
    }

private:
    void flushInsert() {
        if (m_insert.empty())
            return;
        m_steps.push_back(std::move(m_insert));
        m_insert = Json::array();
    }
    Json m_steps = Json::array();
    Json m_insert = Json::array();
};

// Keeps what stayed in place, skips what went, inserts what is new or
// changed. An element moved backwards is inserted again: correct, if not
// the smallest delta, and moves are rare between two versions.
Json arrayDelta(const std::vector<StoredElement>& base, const std::vector<StoredElement>& target) {
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(base.size());
    for (std::size_t i = 0; i < base.size(); ++i)
        index.emplace(base[i].id, i);
    StepWriter steps;
    std::size_t next = 0; // the first base element not yet kept or skipped
    std::int64_t kept = 0;
    for (const StoredElement& element : target) {
        const auto found = index.find(element.id);
        if (found == index.end() || found->second < next) {
            steps.keep(kept);
            kept = 0;
            steps.insert(element);
            continue;
        }
        const std::size_t at = found->second;
        if (at > next) {
            steps.keep(kept);
            kept = 0;
            steps.drop(static_cast<std::int64_t>(at - next));
        }
        next = at + 1;
        if (base[at].body == element.body) {
            ++kept;
            continue;
        }
        steps.keep(kept);
        kept = 0;
        steps.drop(1);
        steps.insert(element);
    }
    steps.keep(kept);
    steps.drop(static_cast<std::int64_t>(base.size() - next));
    return steps.finish();
}

std::vector<StoredElement> applySteps(std::vector<StoredElement> base, const Json& steps) {
    if (!steps.is_array())
        damaged("a version's changes are unreadable");
    std::vector<StoredElement> out;
    out.reserve(base.size());
    std::size_t next = 0;
    for (const Json& step : steps) {
        if (step.is_number_integer()) {
            const std::int64_t n = step.get<std::int64_t>();
            const std::size_t count = static_cast<std::size_t>(n < 0 ? -n : n);
            if (count > base.size() - next)
                damaged("a version's changes do not fit its base");
            if (n > 0)
                for (std::size_t i = next; i < next + count; ++i)
                    out.push_back(std::move(base[i]));
            next += count;
        } else if (step.is_array()) {
            for (const Json& item : step) {
                if (!item.is_array() || item.size() != 2 || !item[0].is_string() ||
                    !item[1].is_binary())
                    damaged("a version's changes are unreadable");
                out.push_back({item[0].get<std::string>(), fromBinary(item[1])});
            }
        } else {
            damaged("a version's changes are unreadable");
        }
    }
    if (next != base.size())
        damaged("a version's changes do not fit its base");
    return out;
}

} // namespace

DesignParts splitDesign(const DesignData& design) {
    Json root = designToJson(design);
    DesignParts parts;
    for (std::size_t a = 0; a < kElementArrays; ++a) {
        Json& array = root[kElementArrayKeys[a]];
        auto& out = parts.arrays[a];
        out.reserve(array.size());
        for (const Json& element : array)
            out.push_back({element["id"].get<std::string>(), toMsgpack(element)});
        root.erase(kElementArrayKeys[a]);
    }
    parts.header = toMsgpack(root);
    return parts;
}

LoadResult joinDesign(const DesignParts& parts) {
    Json root;
    try {
        root = Json::from_msgpack(parts.header);
        if (!root.is_object())
            damaged("a version's design is unreadable");
        for (std::size_t a = 0; a < kElementArrays; ++a) {
            const auto& elements = parts.arrays[a];
            std::size_t bytes = 5;
            for (const StoredElement& element : elements)
                bytes += element.body.size();
            std::string packed;
            packed.reserve(bytes);
            appendArrayHeader(packed, elements.size());
            for (const StoredElement& element : elements)
                packed += element.body;
            root[kElementArrayKeys[a]] = Json::from_msgpack(packed);
        }
    } catch (const Json::exception&) {
        damaged("a version's design is unreadable");
    }
    return readDesignTree(root);
}

std::string encodeDelta(const DesignParts& base, const DesignParts& target) {
    Json delta = Json::object();
    delta["h"] = base.header == target.header ? Json() : Json(toBinary(target.header));
    Json arrays = Json::array();
    for (std::size_t a = 0; a < kElementArrays; ++a)
        arrays.push_back(arrayDelta(base.arrays[a], target.arrays[a]));
    delta["a"] = std::move(arrays);
    return toMsgpack(delta);
}

DesignParts applyDelta(DesignParts base, const std::string& delta) {
    Json decoded;
    try {
        decoded = Json::from_msgpack(delta);
    } catch (const Json::exception&) {
        damaged("a version's changes are unreadable");
    }
    if (!decoded.is_object() || !decoded.contains("h") || !decoded.contains("a") ||
        !decoded["a"].is_array() || decoded["a"].size() != kElementArrays)
        damaged("a version's changes are unreadable");
    DesignParts out;
    const Json& header = decoded["h"];
    if (header.is_binary())
        out.header = fromBinary(header);
    else if (header.is_null())
        out.header = std::move(base.header);
    else
        damaged("a version's changes are unreadable");
    for (std::size_t a = 0; a < kElementArrays; ++a)
        out.arrays[a] = applySteps(std::move(base.arrays[a]), decoded["a"][a]);
    return out;
}

} // namespace archboard::store
