# Writes a C++ source that defines `std::string_view NAME()` returning the
# bytes of INPUT, so code without Qt's resource system can ship data files.
# Usage: cmake -DINPUT=… -DOUTPUT=… -DNAME=… -DNAMESPACE=… -P EmbedText.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hexLength)
math(EXPR byteCount "${hexLength} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n    " bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT}; do not edit.\n"
"#include <string_view>\n\n"
"namespace ${NAMESPACE} {\n\n"
"namespace {\n"
"constexpr char kBytes[] = {\n    ${bytes}'\\0'};\n"
"} // namespace\n\n"
"std::string_view ${NAME}() { return {kBytes, ${byteCount}}; }\n\n"
"} // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
