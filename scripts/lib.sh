# shellcheck shell=bash
# Shared by scripts/run, scripts/test and .ci/run: installs the Debian 12
# packages the build needs, then configures and builds Archboard.
# Source it from bash; it defines functions and variables only.
#
# Environment:
#   ARCHBOARD_BUILD_DIR   build directory (default: build, relative to the repo)
#   ARCHBOARD_CMAKE_ARGS  extra arguments for the cmake configure step
#                         (split on whitespace, e.g. "-DARCHBOARD_BUILD_TESTS=OFF")
#   ARCHBOARD_JOBS        parallel build jobs (default: number of cores)
#   ARCHBOARD_SKIP_DEPS   set to 1 to skip the package check entirely
#   CI                    "true" turns compiler warnings into errors

ARCHBOARD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# What building and running the app and its tests needs.
# shellcheck disable=SC2034  # used by the scripts that source this file
ARCHBOARD_PACKAGES=(
    g++ cmake ninja-build
    qt6-base-dev qt6-svg-dev nlohmann-json3-dev libsqlite3-dev
    libgraphviz-dev pkg-config
    fonts-dejavu-core xvfb xauth
)
# What the clang AddressSanitizer/UndefinedBehaviorSanitizer build adds.
# shellcheck disable=SC2034
ARCHBOARD_SANITIZER_PACKAGES=(clang libclang-rt-14-dev)
# What the libFuzzer targets (scripts/fuzz) add.
# shellcheck disable=SC2034
ARCHBOARD_FUZZ_PACKAGES=(clang libclang-rt-14-dev libfuzzer-14-dev)

archboard_log() {
    printf '%s: %s\n' "$(basename "$0")" "$*" >&2
}

archboard_die() {
    archboard_log "error: $*"
    exit 1
}

# True when the Debian package is installed (not merely known, removed or
# half-configured).
archboard_package_installed() {
    local status
    status="$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)"
    [[ "$status" == "install ok installed" ]]
}

# archboard_ensure_packages PKG... — installs whichever of PKG are missing.
archboard_ensure_packages() {
    if [[ "${ARCHBOARD_SKIP_DEPS:-0}" == 1 ]]; then
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        archboard_log "not a Debian system: skipping the package check; make sure these are installed: $*"
        return 0
    fi

    local missing=() pkg
    for pkg in "$@"; do
        archboard_package_installed "$pkg" || missing+=("$pkg")
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi

    local sudo=()
    if [[ "$(id -u)" != 0 ]]; then
        command -v sudo >/dev/null 2>&1 ||
            archboard_die "missing packages (${missing[*]}) and no sudo to install them; as root run: apt-get install ${missing[*]}"
        sudo=(sudo)
    fi

    archboard_log "installing missing packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
}

# archboard_build_dir — the build directory as an absolute path.
archboard_build_dir() {
    local dir="${ARCHBOARD_BUILD_DIR:-build}"
    [[ "$dir" == /* ]] || dir="$ARCHBOARD_ROOT/$dir"
    printf '%s\n' "$dir"
}

# archboard_configure [CMAKE_ARG...] — configures the build directory
# (RelWithDebInfo, Ninja). Arguments given here come before
# ARCHBOARD_CMAKE_ARGS, so the environment has the last word.
archboard_configure() {
    local build_dir extra=()
    build_dir="$(archboard_build_dir)"
    if [[ "${CI:-}" == true ]]; then
        extra+=(-DARCHBOARD_WERROR=ON)
    fi
    if [[ -n "${ARCHBOARD_CMAKE_ARGS:-}" ]]; then
        local env_args=()
        read -r -a env_args <<<"$ARCHBOARD_CMAKE_ARGS"
        extra+=("${env_args[@]}")
    fi
    # A build directory keeps the generator it was first configured with.
    local generator=(-G Ninja)
    [[ -f "$build_dir/CMakeCache.txt" ]] && generator=()

    cmake -S "$ARCHBOARD_ROOT" -B "$build_dir" "${generator[@]}" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" "${extra[@]}"
}

# archboard_build [TARGET...] — builds the given targets, or everything.
archboard_build() {
    local targets=()
    (($# > 0)) && targets=(--target "$@")
    cmake --build "$(archboard_build_dir)" --parallel "${ARCHBOARD_JOBS:-$(nproc)}" "${targets[@]}"
}
