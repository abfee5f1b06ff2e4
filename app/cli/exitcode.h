#pragma once

namespace archboard::cli::Exit {

// The only exit codes archboard-cli returns (cli.md, "Exit codes").
inline constexpr int Ok = 0;       // success; no findings; designs equal; merged
inline constexpr int Findings = 1; // findings at or above --fail-on; designs differ; conflicts
inline constexpr int Failure = 2;  // bad usage; unreadable, invalid or too new input; write failed

} // namespace archboard::cli::Exit
