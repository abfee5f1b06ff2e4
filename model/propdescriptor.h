#pragma once

#include "componentprops.h"
#include "numberrange.h"

#include <optional>
#include <span>
#include <string_view>
#include <variant>

namespace archboard {

// Marks an English text for translation without Qt: it expands to the text.
// The widgets show it through QCoreApplication::translate(context, text), and
// lupdate finds it when run with
// `-tr-function-alias QT_TRANSLATE_NOOP+=ARCHBOARD_TRANSLATE_NOOP`.
#define ARCHBOARD_TRANSLATE_NOOP(context, text) text

// The translation context of the labels and hints below.
inline constexpr const char* kPropTextContext = "archboard::PropDescriptor";

// Where a prop's value lives in ComponentProps. The member's type is the
// prop's value type.
template <typename T> using PropMember = std::optional<T> ComponentProps::*;
using PropField =
    std::variant<PropMember<bool>, PropMember<double>, PropMember<std::int64_t>,
                 PropMember<std::string>, PropMember<RateAlgorithm>, PropMember<LimiterScope>,
                 PropMember<ObservabilityScope>, PropMember<Delivery>, PropMember<Ordering>,
                 PropMember<Eviction>, PropMember<Invalidation>, PropMember<Replication>,
                 PropMember<Failover>, PropMember<Sharding>, PropMember<Consistency>,
                 PropMember<std::vector<Signal>>, PropMember<DeadLetter>>;

enum class PropType {
    Bool,
    Number,     // a double within `range`
    Integer,    // an integer within `range`
    Text,       // any string
    Choice,     // one token of an enum
    Signals,    // each token of Signal at most once
    DeadLetter, // a bool, or the id of a queue or stream
};

// Everything the reader, the writer and the properties form need to know
// about one component prop. Which kinds list a prop, and in which order, is
// propsOf(kind), as in the format's table of kinds.
struct PropDescriptor {
    PropKey key;
    std::string_view name; // as in the file
    PropField field;
    const char* label;                     // English, marked for translation
    NumberRange range{};                   // numbers and integers only
    std::string_view unit{};               // shown after the label: "TTL (s)"
    std::string_view absentMeans{};        // the value an absent prop stands for, if any
    const char* hint = nullptr;            // a longer explanation, marked for translation
    std::optional<ComponentKind> onlyOn{}; // set when a name means different things per kind

    PropType type() const;
};

// Every prop, once per meaning: `scope` has two rows, one for rate limiters
// and one for observability.
std::span<const PropDescriptor> propDescriptors();

// The prop `key` of `kind`; null when the kind does not list it.
const PropDescriptor* propDescriptor(ComponentKind kind, PropKey key);

std::string_view propName(PropKey key);
std::optional<PropKey> propKeyFromName(std::string_view name);

// Removes the prop from `props` (it becomes absent).
void clearProp(ComponentProps& props, const PropDescriptor& prop);

} // namespace archboard
