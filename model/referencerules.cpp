#include "referencerules.h"

#include "json/jsonpath.h"
#include <map>
#include <string>
#include <utility>

namespace archboard {

namespace {

std::string noComponent(const ElementId& id) {
    return "no component " + jsonQuoted(id);
}

std::string noTarget(const ElementId& id) {
    return "no component, connection or group " + jsonQuoted(id);
}

} // namespace

Problems referenceProblems(const Component& component, const ReferenceScope& scope) {
    Problems problems;
    if (!component.props.deadLetter)
        return problems;
    const auto* target = std::get_if<ElementId>(&*component.props.deadLetter);
    if (!target)
        return problems;
    const std::string where = appendKey("props", "dead_letter");
    // Checked before the lookup: a component being inserted is not there yet.
    if (*target == component.id) {
        problems.push_back(
            {where, jsonQuoted(*target) + " is this component; name another queue or stream"});
        return problems;
    }
    const Component* found = scope.component(*target);
    if (!found || (found->kind != ComponentKind::Queue && found->kind != ComponentKind::Stream))
        problems.push_back({where, "no queue or stream " + jsonQuoted(*target)});
    return problems;
}

Problems referenceProblems(const Connection& connection, const ReferenceScope& scope) {
    Problems problems;
    if (!connection.from.empty() && !scope.component(connection.from))
        problems.push_back({"from", noComponent(connection.from)});
    if (!connection.to.empty() && !scope.component(connection.to))
        problems.push_back({"to", noComponent(connection.to)});
    else if (!connection.to.empty() && connection.to == connection.from)
        problems.push_back({"to", jsonQuoted(connection.to) +
                                      " is also the connection's from; a connection joins two "
                                      "different components"});
    return problems;
}

Problems referenceProblems(const Group& group, const ReferenceScope& scope) {
    Problems problems;
    for (std::size_t m = 0; m < group.members.size(); ++m) {
        const ElementId& member = group.members[m];
        const std::string where = appendIndex("members", m);
        if (!scope.component(member)) {
            problems.push_back({where, noComponent(member)});
            continue;
        }
        // Boundaries may overlap anything.
        if (group.kind == GroupKind::Boundary)
            continue;
        if (const Group* other = scope.otherGroupHolding(member, group.kind, group.id)) {
            const std::string kind(toString(group.kind));
            problems.push_back({where, jsonQuoted(member) + " is already in " + kind + " group " +
                                           jsonQuoted(other->id) +
                                           "; a component is in at most one " + kind});
        }
    }
    return problems;
}

Problems referenceProblems(const Annotation& annotation, std::size_t index,
                           const ReferenceScope& scope) {
    Problems problems;
    if (!annotation.target.empty() && !scope.isTargetable(annotation.target))
        problems.push_back({"target", noTarget(annotation.target)});
    if (annotation.replyTo.empty())
        return problems;
    const Annotation* answered = scope.annotationBefore(annotation.replyTo, index);
    if (!answered)
        problems.push_back({"reply_to", "no earlier annotation " + jsonQuoted(annotation.replyTo)});
    else if (answered->target != annotation.target)
        problems.push_back({"target", "a reply has the target of the annotation it answers: " +
                                          jsonQuoted(answered->target) + ", not " +
                                          jsonQuoted(annotation.target)});
    return problems;
}

Problems referenceProblems(const CritiqueSettings& critique, const ReferenceScope& scope) {
    Problems problems;
    std::map<std::pair<std::string, ElementId>, std::size_t> seen;
    for (std::size_t i = 0; i < critique.suppressions.size(); ++i) {
        const Suppression& s = critique.suppressions[i];
        const std::string where = appendIndex("suppressions", i);
        if (!s.target.empty() && !scope.isTargetable(s.target))
            problems.push_back({appendKey(where, "target"), noTarget(s.target)});
        if (s.rule.empty())
            continue;
        const auto [it, inserted] = seen.emplace(std::pair{s.rule, s.target}, i);
        if (!inserted)
            problems.push_back(
                {where,
                 "repeats the suppression of " + jsonQuoted(s.rule) + " for " +
                     (s.target.empty() ? std::string("the whole design") : jsonQuoted(s.target)) +
                     " at " + appendIndex(appendKey("critique", "suppressions"), it->second)});
    }
    return problems;
}

} // namespace archboard
