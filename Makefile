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

.PHONY: all deps build reports test bench clean
all: build

# Installs only the packages that are missing; uses sudo when not root.
deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed$$' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  echo "installing:$$missing"; \
	  $$sudo apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $$missing; \
	fi

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

clean:
	rm -rf build
