#pragma once

#include "model/kinds.h"

#include <cstddef>
#include <QVariant>

namespace archboard {

struct Annotation;
struct Component;
struct Connection;
class Design;
struct Group;
struct Note;

// What the Outline shows in one cell of an element's row, for one role
// (display text or tooltip); an invalid QVariant where it shows nothing.
namespace outlinerows {

QVariant component(const Component& component, int column, int role);
QVariant group(const Group& group, int column, int role);
QVariant connection(const Design& design, const Connection& connection, int column, int role);
QVariant note(const Note& note, int column, int role);
QVariant annotation(const Design& design, const Annotation& annotation, int column, int role);
// The heading of a section: "Components (8)".
QString sectionTitle(ElementType type, std::size_t count);

} // namespace outlinerows

} // namespace archboard
