# logsift: `make run` replays events/ on embedded defaults; `make test` runs the whole suite.
SHELL := /bin/bash
JAVA_HOME := $(shell bin/find-java)
ifeq ($(JAVA_HOME),)
$(error no JDK 21+ found: see bin/find-java)
endif
export JAVA_HOME
MVN := mvn -B -q
JAR := target/logsift.jar
SOURCES := $(shell find src/main prompts known-failures owners.md -type f 2>/dev/null) pom.xml

.PHONY: run test build bench events node clean build-ClassifierFunction build-CorrectionsPollFunction build-SlackEventsFunction

run: $(JAR)
	@bin/logsift replay events/cloudwatch-*.json

test: node
	@# Maven copies resources but never deletes them: a removed data file must not linger in the tests' classpath.
	rm -rf target/classes/prompts target/classes/known-failures target/classes/owners.md
	mvn -B -ntp -Dstyle.color=never verify

build: $(JAR)

$(JAR): $(SOURCES)
	@# Maven copies resources but never deletes them: a removed known-failures file must leave the jar too.
	rm -rf target/classes/prompts target/classes/known-failures target/classes/owners.md
	$(MVN) -DskipTests package

# Footprint, cold start, per-event cost (JMH) and bin/bench-fingerprint in one report; not run by CI.
bench: $(JAR) node
	@bin/bench

# Test servers (dynalite, s3rver) and parsers come from the project's own package-lock.json.
node: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# Regenerates events/ from events/source/*.jsonl (deterministic timestamps).
events: $(JAR)
	@for f in events/source/*.jsonl; do \
	  n=$$(basename $$f .jsonl); g=$$(echo $$n | sed 's/-[a-z]*$$//'); \
	  bin/logsift event --jsonl --start 1795766400000 --log-group /ecs/$$g --log-stream $$g/web/7f3a9c2e $$f > events/cloudwatch-$$n.json; \
	  bin/logsift event --jsonl --start 1795766400000 --log-group /ecs/$$g --log-stream $$g/web/7f3a9c2e --decoded $$f > events/decoded/cloudwatch-$$n.json; \
	done

# Called by `sam build` (template.yaml uses BuildMethod: makefile): every function ships the same jar.
build-ClassifierFunction build-CorrectionsPollFunction build-SlackEventsFunction: $(JAR)
	mkdir -p $(ARTIFACTS_DIR)/lib
	cp $(JAR) $(ARTIFACTS_DIR)/lib/

clean:
	$(MVN) clean
