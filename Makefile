# The two commands of the README, on a fresh Debian 12 machine:
#   make reports   install what is missing, build, regenerate reports/ from data/
#   make test      install what is missing, build, run every test
# PRESET picks a CMakePresets.json preset (release, debug, sanitize, ci).
PRESET ?= release
BUILD_DIR := build/$(PRESET)
JVGOV := $(BUILD_DIR)/model/cli/jvgov

# Debian 12 packages the build and the tests need (see README: Dependencies); pandoc and
# cmark-gfm render the reports in the tests as a reader's tools do.
DEB_PACKAGES := cmake g++ make pkg-config libtomlplusplus-dev catch2 libfmt-dev libcli11-dev \
	libboost-dev nlohmann-json3-dev \
	python3 pandoc cmark-gfm fonts-dejavu-core

# What the sanitizer build needs besides (preset sanitize: the suite under ASan + UBSan and the
# libFuzzer targets of tests/fuzz, docs/robustness.md): clang and its sanitizer and libFuzzer
# runtimes (libclang-rt-14-dev is not a dependency of clang on Debian 12).
SANITIZE_PACKAGES := clang libclang-rt-14-dev
ifeq ($(PRESET),sanitize)
DEB_PACKAGES += $(SANITIZE_PACKAGES)
endif

# How long `make fuzz` runs each fuzz target, in seconds.
FUZZ_SECONDS ?= 60

.PHONY: all deps build reports test bench fuzz clean
all: build

# install_missing(PACKAGES): installs only the packages that are missing; uses sudo when not root.
define install_missing
	@missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed$$' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  echo "installing:$$missing"; \
	  $$sudo apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(DEB_PACKAGES))

build: deps
	cmake --preset $(PRESET) >/dev/null
	cmake --build --preset $(PRESET)

reports: build
	./tools/make-reports.sh $(JVGOV)

test: build
	ctest --preset $(PRESET)

bench: deps
	cmake --preset release >/dev/null
	cmake --build --preset release
	./tools/run-bench.sh build/release

# Builds the sanitize preset (clang, ASan + UBSan, with the fuzz targets) and runs each fuzz target
# for FUZZ_SECONDS on its corpus.
fuzz:
	$(MAKE) build PRESET=sanitize
	./tools/fuzz.sh build/sanitize $(FUZZ_SECONDS)

clean:
	rm -rf build
