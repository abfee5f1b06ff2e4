#pragma once

#include "critique/finding.h"

#include <functional>
#include <QStringList>
#include <span>

class QWidget;

namespace archboard {

class DesignDocument;

// Whether any open finding among these has a quick fix.
bool canQuickFix(std::span<const Finding* const> findings);

// Plans the quick fix for the open ones among these findings (one rule's, a
// row of the Critique dock), shows its preview and, on Apply, pushes it onto
// the document's undo stack as one command. Before the preview shows,
// `highlight` gets the design's elements the fix changes (the caller puts
// its own highlight back after). Returns whether the fix was applied.
bool offerQuickFix(DesignDocument& document, std::span<const Finding* const> findings,
                   QWidget* parent, const std::function<void(const QStringList&)>& highlight = {});

} // namespace archboard
