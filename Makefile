# reckon: the two commands of the README's quick start are `make charts` and `make test`.
# Each installs the system packages it needs when they are missing (Debian's apt-get), then builds.

SWIFT ?= swift
PREFIX ?= /usr/local
# libcurl4-openssl-dev: reckon-pull (`reckon pull`) links Foundation's networking, statically in release builds, which needs libcurl.
APT_PACKAGES = libcairo2-dev libpango1.0-dev zlib1g-dev pkg-config fonts-dejavu-core fonts-nanum fonts-noto-color-emoji \
	libcurl4-openssl-dev
TEST_PACKAGES = librsvg2-bin pandoc weasyprint poppler-utils unzip nginx-light systemd python3-venv
RECKON = .build/debug/reckon
# Release builds link Swift's standard library and Foundation statically: reckon starts in about 7 ms
# instead of 13 (a 1k-point chart takes 31 ms instead of 38), at the cost of a larger binary.
RELEASE = -c release --static-swift-stdlib

.PHONY: deps test-deps test-python install-packages build charts serve test test-core test-serve examples docs bench bench-serve clean \
	format lint install check-install check-browser check-openapi fuzz fuzz-build test-asan test-tsan

deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(APT_PACKAGES)"

test-deps: deps
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(TEST_PACKAGES)"
	@$(MAKE) --no-print-directory test-python

# Python's feedparser and frictionless, which the open-data tests run on Output/feed.xml and
# datapackage.json (Tests/ReckonCLITests/OpenDataTests.swift), in .build/test-venv.
test-python:
	@.build/test-venv/bin/python -c 'import feedparser, frictionless' 2>/dev/null || { \
		echo "installing feedparser and frictionless into .build/test-venv"; \
		python3 -m venv --clear .build/test-venv && \
		.build/test-venv/bin/python -m pip install --quiet --disable-pip-version-check feedparser frictionless; }

# Installs the Debian packages in PACKAGES that are missing, with apt-get.
install-packages:
	@missing=""; \
	for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build --product reckon

charts: build
	$(RECKON) check
	$(RECKON) render --all

# `reckon serve` is its own package (Serve/), so that reckon's build and start-up never pay for the
# server's libraries; `make serve` builds it and puts it beside reckon, where `reckon serve` finds it.
serve: build
	$(SWIFT) build --package-path Serve --product reckon-serve
	ln -sf $(CURDIR)/Serve/.build/debug/reckon-serve .build/debug/reckon-serve

test: test-core test-serve

test-core: test-deps
	$(SWIFT) test --disable-xctest
	@$(MAKE) --no-print-directory examples

test-serve: test-deps
	$(SWIFT) test --package-path Serve --disable-xctest

# The packages in Examples/ use reckon as a library, by path: each is built and run, and what it
# writes is checked.
examples: test-deps
	@out=$$(mktemp -d) && trap 'rm -rf "$$out"' EXIT && \
	$(SWIFT) run --package-path Examples/ChartFromCode chart-from-code "$$out" && \
	test -s "$$out/troops.png" && test -s "$$out/troops.svg" && \
	$(SWIFT) run --package-path Examples/QueryWorkspace query-workspace "$(CURDIR)" | grep -q "11,000–12,000"

# The DocC documentation of the libraries, combined, into .build/docs (a warning fails it).
docs: deps
	$(SWIFT) package --allow-writing-to-directory .build/docs generate-documentation \
		--target ReckonModel --target ReckonAnalysis --target ReckonOutput --target ReckonChart --target ReckonCairo --target ReckonPublish \
		--target ReckonExtract \
		--enable-experimental-combined-documentation --transform-for-static-hosting --warnings-as-errors \
		--output-path .build/docs

# libFuzzer over every reader (Fuzz/Targets): FUZZ_TIME seconds each (default 60), FUZZ_RUNS inputs at
# most; `make fuzz FUZZ_TARGETS="json spec"` runs some.
FUZZ_TIME ?= 60
FUZZ_TARGETS ?=
fuzz-build: deps
	$(SWIFT) build --product reckon-fuzz --scratch-path .build-fuzz \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library

fuzz: fuzz-build
	FUZZ_TIME=$(FUZZ_TIME) bash Fuzz/run.sh $(FUZZ_TARGETS)

# The whole suite under AddressSanitizer and under ThreadSanitizer, each in its own build folder.
# LeakSanitizer ignores only the caches that fontconfig, Pango, GLib, Cairo and Foundation's Process keep
# for the life of a process (Tests/Sanitizers/lsan.supp); the child processes inherit the setting.
test-asan: test-deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp:print_suppressions=0 \
		$(SWIFT) test --disable-xctest --sanitize=address --scratch-path .build-asan

test-tsan: test-deps
	$(SWIFT) test --disable-xctest --sanitize=thread --scratch-path .build-tsan

bench: deps
	@$(MAKE) --no-print-directory install-packages PACKAGES="time"
	$(SWIFT) build $(RELEASE) --product reckon
	$(SWIFT) build $(RELEASE) --product reckon-bench
	$(CC) -O2 -o .build/release/reckon-ref Benchmarks/c-reference/reckon-ref.c $$(pkg-config --cflags --libs cairo)
	swiftc -O Benchmarks/start-up/hello.swift -o .build/release/hello-dynamic
	swiftc -O -static-stdlib Benchmarks/start-up/hello.swift -o .build/release/hello-static
	$(CC) -O2 -o .build/release/libraries-only Benchmarks/start-up/libraries.c \
		-Wl,--no-as-needed $$(pkg-config --libs pangocairo cairo zlib)
	.build/release/reckon-bench --reckon .build/release/reckon --reference .build/release/reckon-ref \
		--start-up .build/release
	$(SWIFT) build $(RELEASE) --product reckon-pull
	bash Benchmarks/pull-bench.sh .build/release/reckon
	$(SWIFT) build $(RELEASE) --product reckon-extract-score
	.build/release/reckon-extract-score Tests/ReckonExtractTests/Corpus

# `reckon serve` under wrk on loopback beside nginx serving the same bytes (Benchmarks/serve-load.sh):
# RUN_SECONDS per run, SOAK_SECONDS of soak. The server is built as `make install` builds it.
bench-serve: deps
	@$(MAKE) --no-print-directory install-packages PACKAGES="wrk curl nginx"
	$(SWIFT) build $(RELEASE) --package-path Serve --product reckon-serve
	bash Benchmarks/serve-load.sh

clean:
	rm -rf .build Serve/.build

format:
	$(SWIFT) format -i -r Sources Tests TestSupport Benchmarks Fuzz Package.swift Serve/Sources Serve/Tests Serve/Package.swift

lint:
	$(SWIFT) format lint --strict -r Sources Tests TestSupport Benchmarks Fuzz Package.swift Serve/Sources Serve/Tests \
		Serve/Package.swift

# The release binaries (reckon, reckon-pull and reckon-serve, each with Swift's libraries linked in, so
# they run where Swift is not installed), reckon's shell completions and a man page made from the
# command definitions. The man page comes from swift-argument-parser's generate-manual tool run on the
# release binary: its package plugin builds every product in release without $(RELEASE)'s static
# libraries, and the fuzz target, which needs testable modules, fails there.
install: deps
	$(SWIFT) build $(RELEASE) --product reckon
	$(SWIFT) build --product generate-manual
	mkdir -p .build/manual && $$($(SWIFT) build --show-bin-path)/generate-manual .build/release/reckon --output-directory .build/manual
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	$(SWIFT) build $(RELEASE) --product reckon-pull
	$(SWIFT) build $(RELEASE) --package-path Serve --product reckon-serve
	install -m 755 -s .build/release/reckon $(DESTDIR)$(PREFIX)/bin/reckon
	install -m 755 -s .build/release/reckon-pull $(DESTDIR)$(PREFIX)/bin/reckon-pull
	install -m 755 Serve/.build/release/reckon-serve $(DESTDIR)$(PREFIX)/bin/reckon-serve
	install -m 644 .build/manual/reckon.1 $(DESTDIR)$(PREFIX)/share/man/man1/reckon.1
	.build/release/reckon --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/reckon
	.build/release/reckon --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_reckon
	.build/release/reckon --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/reckon.fish

# `make install` into a temporary DESTDIR, and each installed binary run with the Swift toolchain out of
# PATH and LD_LIBRARY_PATH (Tests/install/check-install.sh). Release builds: not part of `make test`.
check-install:
	bash Tests/install/check-install.sh

# Opens Output/index.html in headless Chromium at 375 and 1280 pixels wide, light and dark, and checks that
# every image loads, each chart shows its layout for that width and its theme for that scheme, and nothing
# overflows the page; then compares each live SVG, drawn by Chromium, with the chart's PNG.
# Then starts `reckon serve` over the workspace and opens its gallery and a chart's page the same way.
check-browser: charts serve
	@$(MAKE) --no-print-directory install-packages PACKAGES="chromium"
	bash Tests/browser/check-gallery.sh Output/index.html
	bash Tests/browser/compare-live-svg.sh Output
	bash Tests/browser/check-served.sh Serve/.build/debug/reckon-serve .

# schemathesis (pinned, installed into .build/schemathesis-venv) against `reckon serve` over a copy of the
# workspace, from the server's OpenAPI description, Serve/openapi.yaml: every route and method answered with
# the statuses, content types, headers and JSON bodies it describes, and never a server error.
check-openapi: serve
	@$(MAKE) --no-print-directory install-packages PACKAGES="python3-venv"
	bash Tests/http/check-openapi.sh Serve/.build/debug/reckon-serve .
