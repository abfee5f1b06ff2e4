// Deltas are MessagePack: {"h": header bytes or nil, "a": [steps × 5]}, where
// a step is a positive count (keep that many base elements), a negative
// count (skip that many), or an array of [id, body] pairs (insert).
#include "designdelta.h"

#include "msgpackreader.h"
#include "msgpackwriter.h"
#include "sqlite.h"

#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace archboard::store {

namespace {

Json::binary_t toBinary(const std::string& bytes) {
    return Json::binary_t(std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
}

[[noreturn]] void damaged(const std::string& what) {
    throw StoreError("the document is damaged (" + what + ")");
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
    std::unordered_map<std::string_view, std::size_t> index; // built when first needed
    const auto find = [&](const std::string& id, std::size_t next) -> std::optional<std::size_t> {
        if (next < base.size() && base[next].id == id) // the usual case: in step
            return next;
        if (index.empty())
            for (std::size_t i = 0; i < base.size(); ++i)
                index.emplace(base[i].id, i);
        const auto found = index.find(id);
        if (found == index.end() || found->second < next)
            return std::nullopt;
        return found->second;
    };
    StepWriter steps;
    std::size_t next = 0; // the first base element not yet kept or skipped
    std::int64_t kept = 0;
    for (const StoredElement& element : target) {
        const std::optional<std::size_t> found = find(element.id, next);
        if (!found) {
            steps.keep(kept);
            kept = 0;
            steps.insert(element);
            continue;
        }
        const std::size_t at = *found;
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

// A version's changes as read: per array, steps that keep (count > 0),
// skip (count < 0) or insert (count 0) elements.
struct Step {
    std::int64_t count = 0;
    std::vector<StoredElement> inserted;
};

struct DecodedDelta {
    std::optional<std::string> header; // absent: as in the base
    std::array<std::vector<Step>, kElementArrays> arrays;
};

DecodedDelta decodeDelta(const std::string& bytes) {
    MsgpackCursor in(bytes);
    DecodedDelta delta;
    bool sawHeader = false;
    bool sawArrays = false;
    const std::size_t members = in.mapHeader();
    for (std::size_t m = 0; m < members; ++m) {
        const std::string key = in.string();
        if (key == "h" && !sawHeader) {
            if (in.nextIsNil())
                in.nil();
            else
                delta.header = in.binary();
            sawHeader = true;
        } else if (key == "a" && !sawArrays) {
            if (in.arrayHeader() != kElementArrays)
                damaged("a version's changes are unreadable");
            for (auto& steps : delta.arrays) {
                const std::size_t count = in.arrayHeader();
                steps.reserve(count);
                for (std::size_t i = 0; i < count; ++i) {
                    Step step;
                    if (in.nextIsInteger()) {
                        step.count = in.integer();
                        if (step.count == 0)
                            damaged("a version's changes are unreadable");
                    } else {
                        const std::size_t inserted = in.arrayHeader();
                        step.inserted.reserve(inserted);
                        for (std::size_t j = 0; j < inserted; ++j) {
                            if (in.arrayHeader() != 2)
                                damaged("a version's changes are unreadable");
                            std::string id = in.string();
                            step.inserted.push_back({std::move(id), in.binary()});
                        }
                    }
                    steps.push_back(std::move(step));
                }
            }
            sawArrays = true;
        } else {
            damaged("a version's changes are unreadable");
        }
    }
    if (!in.atEnd() || !sawHeader || !sawArrays)
        damaged("a version's changes are unreadable");
    return delta;
}

std::size_t magnitude(std::int64_t count) {
    return static_cast<std::size_t>(count < 0 ? -count : count);
}

// The usual edit changes elements where they stand, adds at the end or
// removes from the end. Such steps are applied in place, at a cost that
// follows the size of the change rather than of the design, so a long run
// of small deltas reads fast. Returns false, untouched, for any other steps.
bool applyInPlace(std::vector<StoredElement>& elements, std::vector<Step>& steps) {
    const auto walk = [&](bool apply) {
        std::size_t at = 0;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            Step& step = steps[i];
            const bool last = i + 1 == steps.size();
            if (step.count == 0) { // an insert not replacing anything: only at the end
                if (!last || at != elements.size())
                    return false;
                if (apply)
                    std::move(step.inserted.begin(), step.inserted.end(),
                              std::back_inserter(elements));
                return true;
            }
            const std::size_t count = magnitude(step.count);
            if (count > elements.size() - at)
                return false;
            if (step.count > 0) {
                at += count;
                continue;
            }
            if (last) { // removed from the end
                if (at + count != elements.size())
                    return false;
                if (apply)
                    elements.resize(at);
                return true;
            }
            Step& replacement = steps[++i];
            if (replacement.count != 0 || replacement.inserted.size() != count)
                return false;
            for (StoredElement& element : replacement.inserted) {
                if (apply)
                    elements[at] = std::move(element);
                ++at;
            }
        }
        return at == elements.size();
    };
    if (!walk(false))
        return false;
    walk(true);
    return true;
}

std::vector<StoredElement> applySteps(std::vector<StoredElement> base, std::vector<Step> steps) {
    if (applyInPlace(base, steps))
        return base;
    std::vector<StoredElement> out;
    out.reserve(base.size());
    std::size_t next = 0;
    for (Step& step : steps) {
        if (step.count == 0) {
            std::move(step.inserted.begin(), step.inserted.end(), std::back_inserter(out));
            continue;
        }
        const std::size_t count = magnitude(step.count);
        if (count > base.size() - next)
            damaged("a version's changes do not fit its base");
        if (step.count > 0)
            std::move(base.begin() + static_cast<std::ptrdiff_t>(next),
                      base.begin() + static_cast<std::ptrdiff_t>(next + count),
                      std::back_inserter(out));
        next += count;
    }
    if (next != base.size())
        damaged("a version's changes do not fit its base");
    return out;
}

} // namespace

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
    DecodedDelta decoded = decodeDelta(delta);
    DesignParts out;
    out.header = decoded.header ? std::move(*decoded.header) : std::move(base.header);
    for (std::size_t a = 0; a < kElementArrays; ++a)
        out.arrays[a] = applySteps(std::move(base.arrays[a]), std::move(decoded.arrays[a]));
    return out;
}

} // namespace archboard::store
