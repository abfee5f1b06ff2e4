#include "rule.h"

#include "critique/finding.h"
#include "critique/rulecatalogue.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace archboard {

std::string_view Rule::category() const {
    return ruleCategory(m_id);
}

std::string_view Rule::title() const {
    const RuleText* text = RuleCatalogue::builtIn().text(m_id);
    return text ? std::string_view(text->title) : m_id;
}

namespace phrase {

std::string quoted(const GraphIndex& graph, GraphIndex::Index i) {
    // Most messages begin with a quoted name and append the rest to it: room
    // for a sentence or two up front saves growing the string as they do.
    constexpr std::size_t kSentences = 192;
    const std::string_view label = graph.label(i);
    std::string text;
    text.reserve(label.size() + kSentences);
    text.append(1, '"').append(label).append(1, '"');
    return text;
}

std::string& appendQuoted(std::string& text, const GraphIndex& graph, GraphIndex::Index i) {
    return text.append(1, '"').append(graph.label(i)).append(1, '"');
}

std::string quotedList(const GraphIndex& graph, std::span<const GraphIndex::Index> indices) {
    // Long lists name the first few: a message is read, not parsed.
    constexpr std::size_t kNamed = 5;
    const std::size_t named = indices.size() > kNamed ? kNamed - 1 : indices.size();
    std::string list;
    for (std::size_t k = 0; k < named; ++k) {
        if (k > 0)
            list += k + 1 == indices.size() ? " and " : ", ";
        list += quoted(graph, indices[k]);
    }
    if (named < indices.size())
        list += " and " + std::to_string(indices.size() - named) + " others";
    return list;
}

std::string connection(const GraphIndex& graph, std::size_t c) {
    const Connection& connection = graph.connection(c);
    std::string text = "the " + std::string(toString(connection.kind)) + " connection ";
    if (!trimmed(connection.label).empty())
        text += "\"" + connection.label + "\" ";
    return text + "(" + connection.id + ") from " + quoted(graph, graph.from(c)) + " to " +
           quoted(graph, graph.to(c));
}

std::string percent(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    std::string text(buffer);
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return text + "%";
}

std::string number(double value) {
    return std::to_string(static_cast<long long>(std::llround(value)));
}

std::string tech(const GraphIndex& graph, GraphIndex::Index i) {
    return std::string(trimmed(graph.component(i).tech));
}

} // namespace phrase

bool availabilityAtLeast(const GraphIndex& graph, double percent) {
    const auto& availability = graph.requirements().availability;
    return availability && *availability >= percent;
}

bool durabilityIsNoLoss(const GraphIndex& graph) {
    return graph.requirements().durability == Durability::NoLoss;
}

bool hasStoreBehind(const GraphIndex& graph, GraphIndex::Index i) {
    if (graph.reachesStoreOfRecord(i))
        return true;
    const auto writers = graph.requestIn(i);
    return std::any_of(writers.begin(), writers.end(), [&graph](GraphIndex::Index writer) {
        return graph.reachesStoreOfRecord(writer);
    });
}

bool countsForRedundancy(const GraphIndex& graph, GraphIndex::Index i) {
    const ComponentKind kind = graph.kind(i);
    return graph.onRequestPath(i) && kind != ComponentKind::Client &&
           kind != ComponentKind::External;
}

} // namespace archboard
