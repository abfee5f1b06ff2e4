#include "validation.h"

#include "referencerules.h"

#include "json/jsonpath.h"
#include <map>
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

// One id space over the whole file, and the reference rules applied to each
// element in file order.
class ReferenceChecker final : public ReferenceScope {
public:
    explicit ReferenceChecker(const DesignData& design)
        : d(design) {}

    Problems run() {
        claimIds(ElementType::Component, d.components);
        claimIds(ElementType::Connection, d.connections);
        claimIds(ElementType::Group, d.groups);
        claimIds(ElementType::Note, d.notes);
        claimIds(ElementType::Annotation, d.annotations);
        for (std::size_t i = 0; i < d.components.size(); ++i)
            add(path(ElementType::Component, i), referenceProblems(d.components[i], *this));
        for (std::size_t i = 0; i < d.connections.size(); ++i)
            add(path(ElementType::Connection, i), referenceProblems(d.connections[i], *this));
        for (std::size_t i = 0; i < d.groups.size(); ++i) {
            add(path(ElementType::Group, i), referenceProblems(d.groups[i], *this));
            place(d.groups[i]);
        }
        for (std::size_t i = 0; i < d.annotations.size(); ++i)
            add(path(ElementType::Annotation, i), referenceProblems(d.annotations[i], i, *this));
        add("critique", referenceProblems(d.critique, *this));
        return std::move(problems);
    }

    const Component* component(const ElementId& id) const override {
        const Located* at = locate(id);
        return at && at->type == ElementType::Component ? &d.components[at->index] : nullptr;
    }

    bool isTargetable(const ElementId& id) const override {
        const Located* at = locate(id);
        return at && (at->type == ElementType::Component || at->type == ElementType::Connection ||
                      at->type == ElementType::Group);
    }

    const Annotation* annotationBefore(const ElementId& id, std::size_t index) const override {
        const Located* at = locate(id);
        return at && at->type == ElementType::Annotation && at->index < index
                   ? &d.annotations[at->index]
                   : nullptr;
    }

    // Groups are checked in file order: the first to list a component keeps
    // it, and each later one of the same kind is reported.
    const Group* otherGroupHolding(const ElementId& member, GroupKind kind,
                                   const ElementId&) const override {
        const auto it = placed.find({member, kind});
        return it == placed.end() ? nullptr : &d.groups[it->second];
    }

private:
    template <typename T> void claimIds(ElementType type, const std::vector<T>& elements) {
        for (std::size_t i = 0; i < elements.size(); ++i) {
            const ElementId& id = elements[i].id;
            if (id.empty())
                continue; // missing or malformed: reported already
            const auto [it, inserted] = ids.emplace(id, Located{type, i});
            if (!inserted)
                problems.push_back({appendKey(path(type, i), "id"),
                                    jsonQuoted(id) + " is already used by " +
                                        appendIndex(arrayName(it->second.type), it->second.index)});
        }
    }

    static std::string path(ElementType type, std::size_t index) {
        return appendIndex(arrayName(type), index);
    }

    void add(const std::string& element, Problems found) {
        for (Problem& problem : found)
            problems.push_back({element + "." + problem.where, std::move(problem.what)});
    }

    void place(const Group& group) {
        if (group.kind == GroupKind::Boundary)
            return;
        for (const ElementId& member : group.members)
            placed.emplace(std::pair{member, group.kind},
                           static_cast<std::size_t>(&group - d.groups.data()));
    }

    const Located* locate(const ElementId& id) const {
        const auto it = ids.find(id);
        return it == ids.end() ? nullptr : &it->second;
    }

    const DesignData& d;
    std::unordered_map<ElementId, Located> ids;
    std::map<std::pair<ElementId, GroupKind>, std::size_t> placed;
    Problems problems;
};

} // namespace

Problems validateReferences(const DesignData& design) {
    return ReferenceChecker(design).run();
}

} // namespace archboard
