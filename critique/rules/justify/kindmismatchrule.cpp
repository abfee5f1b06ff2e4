#include "kindmismatchrule.h"

namespace archboard {

namespace {

using Index = GraphIndex::Index;

} // namespace

void KindMismatchRule::evaluate(const GraphIndex& graph, Reporter& reporter) const {
    for (Index i = 0; i < graph.size(); ++i) {
        const Technology* tech = graph.technology(i);
        if (!tech || tech->fits(graph.kind(i)))
            continue;
        std::string fits;
        for (const ComponentKind kind : tech->fittingKinds())
            fits += (fits.empty() ? "" : ", ") + std::string(toString(kind));
        reporter.about(graph.id(i), phrase::quoted(graph, i) + " is drawn as a " +
                                        std::string(toString(graph.kind(i))) + ", but " +
                                        tech->name + " is a " + fits +
                                        ": its guarantees differ from what this box promises.");
    }
}

} // namespace archboard
