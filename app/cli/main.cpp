#include "app.h"
#include "render/imagerenderer.h"

#include <iostream>
#include <string>
#include <vector>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#else
#include <csignal>
#include <unistd.h>
#endif

namespace {

bool stdoutIsTerminal() {
#ifdef _WIN32
    return _isatty(_fileno(stdout)) != 0;
#else
    return isatty(STDOUT_FILENO) != 0;
#endif
}

void prepareStandardStreams() {
#ifdef _WIN32
    // LF line ends on every platform: no text-mode translation to CR LF.
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#else
    // A reader that goes away (`| head`) must give a write error and exit code
    // 2, never a death by SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
#endif
}

} // namespace

int main(int argc, char* argv[]) {
    prepareStandardStreams();
    const std::vector<std::string> args(argv + 1, argv + argc);
    archboard::cli::CliIo io{std::cout, std::cerr, stdoutIsTerminal()};
    const archboard::cli::ImageRenderer renderer;
    return archboard::cli::runCli(args, io);
}
