#pragma once

// The process exit codes of the command line, shared by every action.
namespace ExitCode {
inline constexpr int Success = 0;
// The input has problems, a file cannot be read or written, or memory ran out.
inline constexpr int Failure = 1;
inline constexpr int Usage = 2;   // the command line itself is wrong
} // namespace ExitCode
