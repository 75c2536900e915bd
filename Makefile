# chiso — make run: set up and open the dashboard on the bundled data; make test: set up and run every test.
SWIFT ?= swift
BIN   := .build/debug/chiso
RBIN  := .build/release/chiso
APT_PACKAGES := libncursesw5-dev tmux
ARGS ?=
# SwiftPM's own scratch files (TemporaryDirectory.*, lock files) go here, not into /tmp.
SWIFTPM_TMP := $(CURDIR)/.build/swiftpm-tmp
SWIFT_ENV := mkdir -p $(SWIFTPM_TMP) && TMPDIR=$(SWIFTPM_TMP)
# make test FILTER=EndToEndTests.TmuxTests runs one test class (or Module.Class/testName).
FILTER ?=

.PHONY: setup build release run report test test-unit test-e2e fuzz bench clean

setup:
	@missing=""; \
	pkg-config --exists ncursesw 2>/dev/null || missing="$$missing libncursesw5-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	[ -x /usr/sbin/sshd ] || missing="$$missing openssh-server"; \
	command -v ssh >/dev/null 2>&1 || missing="$$missing openssh-client"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "swift not found: install the Swift toolchain (https://swift.org) and retry"; exit 1; }

build: setup
	$(SWIFT_ENV) $(SWIFT) build

release: setup
	$(SWIFT_ENV) $(SWIFT) build -c release --static-swift-stdlib

run: build
	@if [ -t 0 ] && [ -t 1 ]; then $(BIN) $(ARGS); else $(BIN) report --province nghe-an --month 2025-05; fi

report: build
	$(BIN) report --province nghe-an --month 2025-05 $(ARGS)

# Builds chiso and the tests (debug: the test hooks exist only there), then runs the XCTest
# bundle itself with the system's temporary folder, so what the tests leave is theirs alone.
test: setup
	$(SWIFT_ENV) $(SWIFT) build --build-tests
	CHISO_BIN=$(CURDIR)/$(BIN) XDG_CACHE_HOME=$(CURDIR)/.build/test-cache .build/debug/chisoPackageTests.xctest $(FILTER)

# Fuzzing (Docs/reliability.md, "Fuzzing"): FUZZ_SECONDS per target, one target after another.
FUZZ_SECONDS ?= 60
.PHONY: fuzz-smoke
fuzz:
	Scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-smoke:
	Scripts/fuzz.sh 10

bench: setup
	bash Scripts/bench-compare.sh

clean:
	rm -rf .build .build-*
