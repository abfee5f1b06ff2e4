#pragma once

#include "designcommand.h"

#include <string>

namespace archboard {

// Sets the text a user edits in place: a component's or group's name, a
// note's text, a connection's label.
class RenameElementCommand : public DesignCommand {
public:
    RenameElementCommand(Design& design, ElementId id, std::string text);

    // The text that renaming `element` edits.
    static std::string textOf(const AnyElement& element);

    void redo() override;
    void undo() override;

private:
    void apply(const std::string& text);

    ElementId m_id;
    std::string m_before;
    std::string m_after;
};

} // namespace archboard
