// A design cut into the parts a document stores, and joined again. How one
// version's parts follow from another's: designdelta.cpp.
#include "designparts.h"

#include "msgpackreader.h"
#include "msgpackwriter.h"
#include "sqlite.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <type_traits>
#include <unordered_map>

namespace archboard::store {

namespace {

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

// Unknown keys compare as written: nlohmann's == holds 1 and 1.0 equal.
bool sameJson(const Json& a, const Json& b) {
    if (a.empty() && b.empty())
        return true;
    return a.dump() == b.dump();
}

bool sameStored(const Component& a, const Component& b) {
    return a == b && sameJson(a.extra, b.extra) && sameJson(a.positionExtra, b.positionExtra) &&
           sameJson(a.props.extra, b.props.extra);
}
bool sameStored(const Connection& a, const Connection& b) {
    return a == b && sameJson(a.extra, b.extra) && sameJson(a.props.extra, b.props.extra);
}
bool sameStored(const Group& a, const Group& b) {
    return a == b && sameJson(a.extra, b.extra) && sameJson(a.rectExtra, b.rectExtra);
}
bool sameStored(const Note& a, const Note& b) {
    return a == b && sameJson(a.extra, b.extra) && sameJson(a.positionExtra, b.positionExtra);
}
bool sameStored(const Annotation& a, const Annotation& b) {
    return a == b && sameJson(a.extra, b.extra);
}

template <typename F> void forEachArray(const DesignData& design, F f) {
    f(0, design.components);
    f(1, design.connections);
    f(2, design.groups);
    f(3, design.notes);
    f(4, design.annotations);
}

// Each element's bytes, taken from `before` when the element is unchanged
// (looked up where it stood, else by id).
template <typename T>
std::vector<StoredElement> splitArray(const std::vector<T>& elements, const std::vector<T>* before,
                                      const std::vector<StoredElement>* beforeParts) {
    std::vector<StoredElement> out;
    out.reserve(elements.size());
    std::unordered_map<std::string_view, std::size_t> index;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const T& element = elements[i];
        std::optional<std::size_t> at;
        if (before && i < before->size() && (*before)[i].id == element.id) {
            at = i;
        } else if (before) {
            if (index.empty())
                for (std::size_t j = 0; j < before->size(); ++j)
                    index.emplace((*before)[j].id, j);
            if (const auto found = index.find(element.id); found != index.end())
                at = found->second;
        }
        if (at && sameStored((*before)[*at], element))
            out.push_back({element.id, (*beforeParts)[*at].body});
        else
            out.push_back({element.id, toMsgpack(elementToJson(element))});
    }
    return out;
}

} // namespace

DesignParts splitDesign(const DesignData& design) {
    DesignParts parts;
    parts.header = toMsgpack(designHeaderToJson(design));
    forEachArray(design, [&](std::size_t a, const auto& elements) {
        using Elements = std::remove_cvref_t<decltype(elements)>;
        parts.arrays[a] = splitArray<typename Elements::value_type>(elements, nullptr, nullptr);
    });
    return parts;
}

DesignParts splitDesign(const DesignData& design, const DesignData& previous,
                        const DesignParts& previousParts) {
    DesignParts parts;
    const bool sameHeader =
        design.info == previous.info && design.critique == previous.critique &&
        sameJson(design.extra, previous.extra) &&
        sameJson(design.info.extra, previous.info.extra) &&
        sameJson(design.info.requirements.extra, previous.info.requirements.extra) &&
        sameJson(design.critique.extra, previous.critique.extra) &&
        std::equal(
            design.critique.suppressions.begin(), design.critique.suppressions.end(),
            previous.critique.suppressions.begin(),
            [](const Suppression& x, const Suppression& y) { return sameJson(x.extra, y.extra); });
    parts.header = sameHeader ? previousParts.header : toMsgpack(designHeaderToJson(design));
    const std::array<const void*, kElementArrays> before{&previous.components,
                                                         &previous.connections, &previous.groups,
                                                         &previous.notes, &previous.annotations};
    forEachArray(design, [&](std::size_t a, const auto& elements) {
        using Elements = std::remove_cvref_t<decltype(elements)>;
        parts.arrays[a] =
            splitArray(elements, static_cast<const Elements*>(before[a]), &previousParts.arrays[a]);
    });
    return parts;
}

namespace {

// Frees a tree leaves first. nlohmann's destructor flattens every non-empty
// object and array onto a heap-allocated stack to avoid recursion, which for
// a design of 10,000 components was a third of the time of reading it; the
// tree here has bounded depth, so plain recursion is safe and much cheaper.
void dismantle(Json& value) {
    if (value.is_object()) {
        auto& members = value.get_ref<Json::object_t&>();
        for (auto& member : members)
            dismantle(member.second);
        members.clear();
    } else if (value.is_array()) {
        auto& elements = value.get_ref<Json::array_t&>();
        for (Json& element : elements)
            dismantle(element);
        elements.clear();
    }
}

} // namespace

LoadResult joinDesign(const DesignParts& parts) {
    Json root;
    try {
        root = readMsgpack(parts.header);
        if (!root.is_object())
            throw StoreError("the document is damaged (a version's design is unreadable)");
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
            root[kElementArrayKeys[a]] = readMsgpack(packed);
        }
    } catch (const Json::exception&) {
        throw StoreError("the document is damaged (a version's design is unreadable)");
    }
    LoadResult result = readDesignTree(root);
    dismantle(root);
    return result;
}

} // namespace archboard::store
