#pragma once

#include "../designdata.h"
#include "fieldreader.h"

#include <string>

namespace archboard {

// Readers of the parts of a design, each from its JSON object at `path`,
// reporting through `r`. Absent or invalid fields keep their defaults.
DesignInfo readDesignInfo(FieldReader& r, const Json& object, const std::string& path);
Component readComponent(FieldReader& r, const Json& object, const std::string& path);
Connection readConnection(FieldReader& r, const Json& object, const std::string& path);
Group readGroup(FieldReader& r, const Json& object, const std::string& path);
Note readNote(FieldReader& r, const Json& object, const std::string& path);
Annotation readAnnotation(FieldReader& r, const Json& object, const std::string& path);
CritiqueSettings readCritiqueSettings(FieldReader& r, const Json& object, const std::string& path);

} // namespace archboard
