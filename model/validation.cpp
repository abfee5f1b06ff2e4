#include "validation.h"

#include "json/jsonpath.h"
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

namespace archboard {

namespace {

std::string_view arrayName(ElementType type) {
    switch (type) {
    case ElementType::Component:
        return "components";
    case ElementType::Connection:
        return "connections";
    case ElementType::Group:
        return "groups";
    case ElementType::Note:
        return "notes";
    case ElementType::Annotation:
        return "annotations";
    }
    return "";
}

struct Located {
    ElementType type;
    std::size_t index;
};

class ReferenceChecker {
public:
    explicit ReferenceChecker(const DesignData& design)
        : d(design) {}

    Problems run() {
        claimIds(ElementType::Component, d.components);
        claimIds(ElementType::Connection, d.connections);
        claimIds(ElementType::Group, d.groups);
        claimIds(ElementType::Note, d.notes);
        claimIds(ElementType::Annotation, d.annotations);
        checkComponents();
        checkConnections();
        checkGroups();
        checkAnnotations();
        checkSuppressions();
        return std::move(problems);
    }

private:
    template <typename T> void claimIds(ElementType type, const std::vector<T>& elements) {
        for (std::size_t i = 0; i < elements.size(); ++i) {
            const ElementId& id = elements[i].id;
            if (id.empty())
                continue; // missing or malformed: reported already
            const auto [it, inserted] = ids.emplace(id, Located{type, i});
            if (!inserted)
                report(path(type, i, "id"),
                       jsonQuoted(id) + " is already used by " +
                           appendIndex(arrayName(it->second.type), it->second.index));
        }
    }

    static std::string path(ElementType type, std::size_t index, std::string_view key) {
        return appendKey(appendIndex(arrayName(type), index), key);
    }

    void report(std::string where, std::string what) {
        problems.push_back({std::move(where), std::move(what)});
    }

    const Located* locate(const ElementId& id) const {
        const auto it = ids.find(id);
        return it == ids.end() ? nullptr : &it->second;
    }

    bool isComponent(const ElementId& id) const {
        const Located* at = locate(id);
        return at && at->type == ElementType::Component;
    }

    // A target of an annotation or suppression: a component, connection or group.
    bool isTargetable(const ElementId& id) const {
        const Located* at = locate(id);
        return at && (at->type == ElementType::Component || at->type == ElementType::Connection ||
                      at->type == ElementType::Group);
    }

    void checkComponents() {
        for (std::size_t i = 0; i < d.components.size(); ++i) {
            const Component& c = d.components[i];
            if (!c.props.deadLetter)
                continue;
            const auto* target = std::get_if<ElementId>(&*c.props.deadLetter);
            if (!target)
                continue;
            const std::string at =
                appendKey(path(ElementType::Component, i, "props"), "dead_letter");
            const Located* found = locate(*target);
            const bool isQueueOrStream = found && found->type == ElementType::Component &&
                                         (d.components[found->index].kind == ComponentKind::Queue ||
                                          d.components[found->index].kind == ComponentKind::Stream);
            if (!isQueueOrStream)
                report(at, "no queue or stream " + jsonQuoted(*target));
            else if (*target == c.id)
                report(at,
                       jsonQuoted(*target) + " is this component; name another queue or stream");
        }
    }

    void checkConnections() {
        for (std::size_t i = 0; i < d.connections.size(); ++i) {
            const Connection& c = d.connections[i];
            if (!c.from.empty() && !isComponent(c.from))
                report(path(ElementType::Connection, i, "from"),
                       "no component " + jsonQuoted(c.from));
            if (!c.to.empty() && !isComponent(c.to))
                report(path(ElementType::Connection, i, "to"), "no component " + jsonQuoted(c.to));
            else if (!c.to.empty() && c.to == c.from)
                report(path(ElementType::Connection, i, "to"),
                       jsonQuoted(c.to) + " is also the connection's from; a connection joins two "
                                          "different components");
        }
    }

    void checkGroups() {
        // component id -> (group kind -> index of the first group listing it)
        std::map<std::pair<ElementId, GroupKind>, std::size_t> placed;
        for (std::size_t g = 0; g < d.groups.size(); ++g) {
            const Group& group = d.groups[g];
            for (std::size_t m = 0; m < group.members.size(); ++m) {
                const ElementId& member = group.members[m];
                const std::string at = appendIndex(path(ElementType::Group, g, "members"), m);
                if (!isComponent(member)) {
                    report(at, "no component " + jsonQuoted(member));
                    continue;
                }
                if (group.kind == GroupKind::Boundary)
                    continue;
                const auto [it, inserted] = placed.emplace(std::pair{member, group.kind}, g);
                if (!inserted)
                    report(at, jsonQuoted(member) + " is already in " +
                                   std::string(toString(group.kind)) + " group " +
                                   jsonQuoted(d.groups[it->second].id) +
                                   "; a component is in at most one " +
                                   std::string(toString(group.kind)));
            }
        }
    }

    void checkAnnotations() {
        std::unordered_map<ElementId, std::size_t> earlier;
        for (std::size_t i = 0; i < d.annotations.size(); ++i) {
            const Annotation& a = d.annotations[i];
            if (!a.target.empty() && !isTargetable(a.target))
                report(path(ElementType::Annotation, i, "target"),
                       "no component, connection or group " + jsonQuoted(a.target));
            if (!a.replyTo.empty()) {
                const auto answered = earlier.find(a.replyTo);
                if (answered == earlier.end())
                    report(path(ElementType::Annotation, i, "reply_to"),
                           "no earlier annotation " + jsonQuoted(a.replyTo));
                else if (d.annotations[answered->second].target != a.target)
                    report(path(ElementType::Annotation, i, "target"),
                           "a reply has the target of the annotation it answers: " +
                               jsonQuoted(d.annotations[answered->second].target) + ", not " +
                               jsonQuoted(a.target));
            }
            if (!a.id.empty())
                earlier.emplace(a.id, i);
        }
    }

    void checkSuppressions() {
        std::map<std::pair<std::string, ElementId>, std::size_t> seen;
        const std::string base = appendKey("critique", "suppressions");
        for (std::size_t i = 0; i < d.critique.suppressions.size(); ++i) {
            const Suppression& s = d.critique.suppressions[i];
            if (!s.target.empty() && !isTargetable(s.target))
                report(appendKey(appendIndex(base, i), "target"),
                       "no component, connection or group " + jsonQuoted(s.target));
            if (s.rule.empty())
                continue;
            const auto [it, inserted] = seen.emplace(std::pair{s.rule, s.target}, i);
            if (!inserted)
                report(appendIndex(base, i), "repeats the suppression of " + jsonQuoted(s.rule) +
                                                 " for " +
                                                 (s.target.empty() ? std::string("the whole design")
                                                                   : jsonQuoted(s.target)) +
                                                 " at " + appendIndex(base, it->second));
        }
    }

    const DesignData& d;
    std::unordered_map<ElementId, Located> ids;
    Problems problems;
};

} // namespace

Problems validateReferences(const DesignData& design) {
    return ReferenceChecker(design).run();
}

} // namespace archboard
