#pragma once

namespace archboard {

// QUndoCommand::id() of the commands that merge: consecutive commands with the
// same id (and the same merge key) become one undo step.
enum class CommandId {
    MoveElements = 1,
    ResizeGroup,
};

} // namespace archboard
