import Allot
import AllotPostgres
import AllotSimulator
import AllotTuning
import ArgumentParser
import Foundation

/// `allot study`: an ask/tell study in an SQLite file, for shell scripts and other languages.
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Create a study in an SQLite file, then ask and tell from any process (JSON in and out).",
        subcommands: [Create.self, Ask.self, Tell.self, Enqueue.self, Add.self, Heartbeat.self, Trials.self, Best.self, Importances.self, Plot.self, Copy.self]
    )

    /// Options every subcommand shares.
    struct Location: ParsableArguments {
        @Option(help: "An SQLite file (created if missing; a file from an earlier release is migrated) or a postgresql://user@host:port/db URL (PG* variables fill in what it leaves out).")
        var storage: String
        @Option(help: "The study's name.")
        var name = "study"
    }

    /// Who holds an asked job, and for how long without a heartbeat.
    struct Worker: ParsableArguments {
        @Option(name: .customLong("worker-pid"), help: "PID of the process that will train (e.g. $$ of a shell script): if it dies, its job is handed out again.")
        var workerPID: Int32?
        @Option(help: "A name for the worker (default: host:worker-pid, or none).")
        var owner: String?
        @Option(help: "Seconds the worker holds a job without `allot study heartbeat` (default: until told).")
        var lease: Double?

        func validate() throws {
            if let lease, !(lease > 0 && lease <= 1e9) { throw ValidationError("--lease must be a number of seconds in (0, 1e9], got \(lease).") }
            if let workerPID, workerPID <= 0 { throw ValidationError("--worker-pid must be a process id > 0, got \(workerPID).") }
        }

        /// The owner recorded in the journal: a worker's PID on this host can be checked for liveness.
        var ownerName: String? { owner ?? workerPID.map { "\(ProcessInfo.processInfo.hostName):\($0)" } }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a study (a no-op if it exists with the same definition).")
        @OptionGroup var location: Location
        @OptionGroup var definition: StudyDefinitionOptions

        func run() throws {
            try StudyStorages.open(location.storage).create(location.name, definition: try definition.makeDefinition())
            print(JSONValue.object(["created": .string(location.name)]).canonicalText)
        }
    }

    struct Ask: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the next assignment as JSON, or {\"wait\": true} (results pending) or {\"finished\": true}.")
        @OptionGroup var location: Location
        @OptionGroup var worker: Worker

        func run() throws {
            // This command exits at once, so its own PID says nothing about the worker: record the worker
            // when given, else no owner (the job is never handed out again unless it has a lease).
            let storage = try StudyStorages.open(location.storage, owner: worker.ownerName ?? "", lease: worker.lease)
            let (assignment, study) = try storage.update(location.name) { session -> (Study.Assignment?, Study) in
                (session.ask(), session.study)
            }
            if let assignment { print(StudyJSON.text(StudyJSON.assignment(assignment, space: study.space))) }
            else { print(study.isFinished ? "{\"finished\":true}" : "{\"wait\":true}") }
        }
    }

    struct Tell: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read {\"trial\", \"rung\", \"bracket\", \"value\"} (\"values\": [...], one per objective, in a study with several; \"constraints\": [...], each <= 0 when satisfied; \"repetition\" when the assignment had one; or \"failed\": true; \"attributes\": {...} to keep with the trial) on stdin and record it.")
        @OptionGroup var location: Location
        @Option(help: "Read the message from this file instead of stdin.")
        var input: String?

        func run() throws {
            var root = try InputFile.readJSON(input)
            try root.requireObject()
            let tell = try StudyTell(reading: &root)
            let attributes = try root.optional("attributes").map(StudyEvent.attributes) ?? []
            // The rest of an assignment may be echoed back as it was printed.
            let echoed = ["configuration", "resource", "resumeFrom"]
            for key in echoed { _ = try root.optional(key) }
            try root.finish(allowed: StudyTell.fields + ["attributes"] + echoed)
            try StudyStorages.open(location.storage, owner: "").update(location.name) { session in
                try tell.apply(to: &session)
                for (key, value) in attributes { try session.setAttribute(trial: tell.job.trial, key: key, value: value) }
            }
            print(JSONValue.object(["told": .number(Double(tell.job.trial))]).canonicalText)
        }
    }

    struct Enqueue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a configuration {name: value, ...} on stdin (some parameters or all) and queue it for the next new trial, ahead of the sampler; prints {\"enqueued\", \"queued\"}.")
        @OptionGroup var location: Location
        @Option(help: "Read the configuration from this file instead of stdin.")
        var input: String?
        @Flag(help: "Queue nothing when a trial or a queued configuration already has these values.")
        var skipIfExists = false

        func run() throws {
            let root = try InputFile.readJSON(input)
            let (enqueued, queued) = try StudyStorages.open(location.storage, owner: "").update(location.name) { session in
                let configuration = try session.study.space.configuration(from: root, partial: true)
                return (try session.enqueue(configuration, skipIfExists: skipIfExists), session.study.queued.count)
            }
            print(JSONValue.object(["enqueued": .bool(enqueued), "queued": .number(Double(queued))]).canonicalText)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a trial evaluated elsewhere on stdin, {\"configuration\": {...}, \"value\"} (\"values\": [...], one per objective, in a study with several; or \"failed\": true; \"constraints\": [...]; \"attributes\": {...}; \"parameters\": [definitions] for a study its objective defines), and record it as the next trial; prints {\"added\": trial}.")
        @OptionGroup var location: Location
        @Option(help: "Read the trial from this file instead of stdin.")
        var input: String?

        func run() throws {
            let reader = try InputFile.readJSON(input)
            let trial = try StudyStorages.open(location.storage, owner: "").update(location.name) { try $0.add(from: reader) }
            print(JSONValue.object(["added": .number(Double(trial))]).canonicalText)
        }
    }

    struct Heartbeat: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Renew the lease on every job the worker holds; prints {\"renewed\": n}. Call it well within --lease.")
        @OptionGroup var location: Location
        @OptionGroup var worker: Worker

        func run() throws {
            guard let owner = worker.ownerName else { throw ValidationError("name the worker: --owner NAME or --worker-pid PID, as given to `allot study ask`.") }
            guard let lease = worker.lease else { throw ValidationError("give --lease SECONDS, the new lease from now.") }
            let storage = try StudyStorages.open(location.storage, owner: owner, lease: lease)
            let renewed = try storage.update(location.name) { try $0.heartbeat(lease: lease) }
            print(JSONValue.object(["renewed": .number(Double(renewed))]).canonicalText)
        }
    }

    struct Trials: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print every trial as JSON.")
        @OptionGroup var location: Location

        func run() throws {
            let study = try StudyStorages.open(location.storage, owner: "").load(location.name)
            print(StudyJSON.text(.array(study.trials.map { StudyJSON.trial($0, space: study.space) })))
        }
    }

    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy studies between storages (SQLite files, PostgreSQL URLs) with their whole journal; prints {\"copied\": [names]}.")
        @Option(help: "The storage to copy from.")
        var from: String
        @Option(help: "The storage to copy to (created if missing).")
        var to: String
        @Option(help: "The study to copy (default: every study of --from).")
        var name: String?

        func run() throws {
            let source = try StudyStorages.open(from, owner: "")
            let destination = try StudyStorages.open(to, owner: "")
            let names = try name.map { [$0] } ?? source.names()
            for study in names { try destination.copy(study, from: source) }
            print(JSONValue.object(["copied": .array(names.map(JSONValue.string))]).canonicalText)
        }
    }

    struct Importances: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print how much each parameter mattered for the best values (PED-ANOVA, Optuna's default importance), largest first, as JSON.")
        @OptionGroup var location: Location
        @Option(help: "The share of trials counted as the best (PED-ANOVA's γ′).")
        var targetQuantile = 0.1
        @Option(help: "The share of trials they are compared with (γ; 1: all).")
        var regionQuantile = 1.0
        @Flag(help: "Compare with the uniform density over each parameter's domain rather than with the region's trials.")
        var global = false
        @Option(help: "Judge every trial by its value at this resource (default: the completed trials by their values).")
        var resource: Double?
        @Flag(help: "Print the raw importances, not scaled to sum to 1.")
        var raw = false
        @Option(help: "In a study with several objectives, which one (0 for the first).")
        var objective: Int?

        func run() throws {
            let study = try StudyStorages.open(location.storage, owner: "").load(location.name)
            let evaluator = try ParameterImportance(targetQuantile: targetQuantile, regionQuantile: regionQuantile, local: !global)
            print(StudyJSON.text(StudyJSON.importances(try study.importances(evaluator, resource: resource, normalize: !raw, objective: objective))))
        }
    }

    struct Plot: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the study's progress against the resource it spent (history.svg, history.csv) and its parameters' importances (importances.svg) into --out; with several objectives, the trials and their Pareto front over the first two (pareto.svg, pareto.csv) and each objective's importances; prints {\"written\": [files]}.")
        @OptionGroup var location: Location
        @Option(help: "The folder to write into (created if missing).")
        var out = "study-plots"
        @Option(help: "Judge importances by every trial's value at this resource (default: the completed trials by their values).")
        var resource: Double?

        func run() throws {
            let study = try StudyStorages.open(location.storage, owner: "").load(location.name)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let rows = study.progress()
            var written: [String] = []
            func write(_ name: String, _ text: String) throws {
                try AtomicFile.write(text, to: (out as NSString).appendingPathComponent(name))
                written.append(name)
            }
            let number = JSONValue.format
            if study.definition.isMultiObjective {
                try writePareto(study, write)
                print(JSONValue.object(["written": .array(written.map { .string((out as NSString).appendingPathComponent($0)) })]).canonicalText)
                return
            }
            try write("history.csv", "job,trial,resource,value,trained,spent,best\n" + rows.enumerated().map { index, row in
                "\(index),\(row.trial),\(number(row.resource)),\(row.value.map(number) ?? "failed"),\(number(row.trained)),\(number(row.spent)),\(row.best.map(number) ?? "")"
            }.joined(separator: "\n") + "\n")
            let reached = rows.filter { $0.best != nil }
            let told = rows.filter { $0.value != nil }
            let series = [SVGChart.Series(label: "best so far", x: reached.map(\.spent), y: reached.compactMap(\.best)),
                          SVGChart.Series(label: "each job", x: told.map(\.spent), y: told.compactMap(\.value), markers: true)]
            try write("history.svg", SVGChart.lines(title: "\(location.name): \(study.direction.rawValue)d value against the resource spent",
                                                    xLabel: "resource spent (every job's epochs, steps, ...)", yLabel: "value", series: series))
            let (ranked, observations) = try study.importances(try ParameterImportance(), resource: resource)
            let judged = resource.map { "\(observations) trials at resource \(number($0))" } ?? "\(observations) completed trials"
            if !ranked.isEmpty, observations > 1 {
                try write("importances.svg", SVGChart.groupedBars(title: "\(location.name): parameter importance (PED-ANOVA, \(judged))",
                                                                  categories: ranked.map(\.name), yLabel: "importance (sums to 1)",
                                                                  groups: [(label: "importance", values: ranked.map(\.importance))]))
            }
            if observations < 50 {
                // docs/tuning.md: from fewer than about 50 the ranking is a hint (20: close to a coin toss).
                let hint = resource == nil ? study.jobs.filter { $0.state == .completed }.map(\.resource).min().flatMap { first in
                    first < study.maxResource ? "; --resource \(number(first)) judges every trial that reached resource \(number(first))" : nil
                } ?? "" : ""
                FileHandle.standardError.write(Data("importances from \(judged) are a hint, not a ranking (about 50 are needed)\(hint)\n".utf8))
            }
            print(JSONValue.object(["written": .array(written.map { .string((out as NSString).appendingPathComponent($0)) })]).canonicalText)
        }

        /// Several objectives: every completed trial and the Pareto front over objectives 0 and 1 (as
        /// Optuna's plot_pareto_front), and the importances for each objective side by side.
        func writePareto(_ study: Study, _ write: (String, String) throws -> Void) throws {
            let number = JSONValue.format
            let done = study.trials.filter { $0.state == .completed && $0.values != nil }
            let front = Set(study.paretoFront.map(\.id))
            try write("pareto.csv", "trial,on_front," + study.directions.indices.map { "objective_\($0)" }.joined(separator: ",") + "\n"
                      + done.map { "\($0.id),\(front.contains($0.id)),\($0.values!.map(number).joined(separator: ","))\n" }.joined())
            let best = done.filter { front.contains($0.id) }.sorted { $0.values![0] < $1.values![0] }
            // Names from Python's set_metric_names, when the study has them.
            var names: [String] = []
            if case let .array(given)? = study.attributes["allot.metric_names"], given.count == study.directions.count {
                names = given.compactMap { if case let .string(name) = $0 { return name } else { return nil } }
            }
            let axis = { (i: Int) in "\(names.count == study.directions.count ? names[i] : "objective \(i)") (\(study.directions[i].rawValue)d)" }
            try write("pareto.svg", SVGChart.lines(
                title: "\(location.name): \(done.count) trials, \(best.count) on the Pareto front" + (study.directions.count > 2 ? " (of all \(study.directions.count) objectives)" : ""),
                xLabel: axis(0), yLabel: axis(1),
                series: [SVGChart.Series(label: "trial", x: done.map { $0.values![0] }, y: done.map { $0.values![1] }, markers: true),
                         SVGChart.Series(label: "Pareto front", x: best.map { $0.values![0] }, y: best.map { $0.values![1] })]))
            let judged = try study.directions.indices.map { try study.importances(try ParameterImportance(), resource: resource, objective: $0) }
            if let first = judged.first, !first.importances.isEmpty, first.observations > 1 {
                let names = first.importances.map(\.name)
                try write("importances.svg", SVGChart.groupedBars(
                    title: "\(location.name): parameter importance per objective (PED-ANOVA, \(first.observations) completed trials)",
                    categories: names, yLabel: "importance (sums to 1)",
                    groups: judged.enumerated().map { i, result in
                        let byName = Dictionary(uniqueKeysWithValues: result.importances.map { ($0.name, $0.importance) })
                        return (label: axis(i), values: names.map { byName[$0] ?? 0 })
                    }))
            }
        }
    }

    struct Best: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the best trial as JSON (null before any result); in a study with several objectives, the Pareto front (an array of trials).")
        @OptionGroup var location: Location

        func run() throws {
            let study = try StudyStorages.open(location.storage, owner: "").load(location.name)
            if study.definition.isMultiObjective {
                print(StudyJSON.text(.array(study.paretoFront.map { StudyJSON.trial($0, space: study.space) })))
                return
            }
            print(StudyJSON.text(study.best.map { StudyJSON.trial($0, space: study.space) } ?? .null))
        }
    }
}

/// How a study is defined on the command line (shared by `allot study create` and `allot tune`). Options
/// left out take the registry's defaults (`allot policies`).
struct StudyDefinitionOptions: ParsableArguments {
    @Option(help: "Search space JSON file (format in docs/tuning.md).")
    var space: String
    @Option(help: "random, successive-halving, cost-aware-halving, hyperband or asha (`allot policies` lists their parameters; default hyperband, random with --directions).")
    var scheduler: String?
    @Option(name: .customLong("max-resource"), help: "R: the most resource (epochs, samples) one trial may get.")
    var maxResource: Double
    @Option(name: .customLong("min-resource"), help: "The first rung (ASHA: default 1; successive halving: default R / η³).")
    var minResource: Double?
    @Option(help: "η (default 3).")
    var eta: Int?
    @Option(help: "Trials (random search and ASHA: default 100; successive halving: the first rung's, default 27).")
    var trials: Int?
    @Option(name: .customLong("scheduler-parameters"), help: "The scheduler's other parameters as a JSON object, e.g. '{\"rungBudget\": 2}'.")
    var schedulerParameters: String?
    @Option(help: "maximize or minimize.")
    var direction: String?
    @Option(help: "Several objectives: one direction each, comma-separated (maximize,minimize); each trial is trained once (scheduler random) and `allot study best` prints the Pareto front.")
    var directions: String?
    @Option(help: "random, sobol, tpe or bohb (BOHB: with --scheduler hyperband; `allot policies` lists their parameters).")
    var sampler = "random"
    @Option(help: "Seed of the sampler (random, tpe, bohb).")
    var seed: UInt64 = 0
    @Option(name: .customLong("sampler-parameters"), help: "The sampler's other parameters as a JSON object, e.g. '{\"startupTrials\": 20}'.")
    var samplerParameters: String?

    func makeDefinition() throws -> StudyDefinition {
        let space = try SpaceFile.read(path: self.space)
        if direction != nil, directions != nil { throw ValidationError("give --direction (one objective) or --directions (several), not both.") }
        let named = directions.map { $0.split(separator: ",", omittingEmptySubsequences: false).map { String($0) } } ?? [direction ?? "maximize"]
        let objectives = try named.map { name -> Study.Direction in
            guard let parsed = Study.Direction(rawValue: name) else {
                throw ValidationError("--\(directions == nil ? "direction" : "directions") must be maximize or minimize\(directions == nil ? "" : " for each objective"), got \"\(name)\".")
            }
            return parsed
        }
        let scheduler = self.scheduler ?? (objectives.count > 1 ? "random" : "hyperband")
        let schedulers = SchedulerRegistry.registry
        let entry = try schedulers.entry(scheduler, source: "--scheduler")
        let known = Set(entry.parameters.map(\.name))
        var values: [String: JSONValue] = [:]
        let given: [(String, String, JSONValue?)] = [
            ("maxResource", "--max-resource", .number(maxResource)), ("resource", "--max-resource", .number(maxResource)),
            ("minResource", "--min-resource", minResource.map(JSONValue.number)), ("eta", "--eta", eta.map { .number(Double($0)) }),
            ("trials", "--trials", trials.map { .number(Double($0)) }),
        ]
        for (name, option, value) in given {
            guard let value else { continue }
            if known.contains(name) { values[name] = value } else if option != "--max-resource" {
                throw ValidationError("\(option) does not apply to --scheduler \(scheduler).")
            }
        }
        if let schedulerParameters {
            let parsed = try JSONParser.parse(schedulerParameters, source: "--scheduler-parameters")
            guard case let .object(object) = parsed else { throw ValidationError("--scheduler-parameters must be a JSON object, got \(parsed.canonicalText).") }
            for (name, value) in object {
                if let option = given.first(where: { $0.0 == name && $0.2 != nil })?.1 {
                    throw ValidationError("give \(name) with \(option), not in --scheduler-parameters.")
                }
                values[name] = value
            }
        }
        let scheduling = try schedulers.configuration(scheduler, values)
        let samplers = SamplerRegistry.registry
        guard seed < 1 << 53 else { throw ValidationError("--seed must be below 2^53, got \(seed).") }
        var samplerValues = JSONObject([])
        if let samplerParameters {
            let parsed = try JSONParser.parse(samplerParameters, source: "--sampler-parameters")
            guard case let .object(object) = parsed else { throw ValidationError("--sampler-parameters must be a JSON object, got \(parsed.canonicalText).") }
            samplerValues = object
        }
        let samplerEntry = try samplers.entry(sampler, source: "--sampler")
        if samplerEntry.parameters.contains(where: { $0.name == "seed" }) {
            guard samplerValues["seed"] == nil else { throw ValidationError("give the seed with --seed, not in --sampler-parameters.") }
            samplerValues["seed"] = .number(Double(seed))
        }
        let sampling = try samplers.configuration(sampler, parameters: samplerValues.count == 0 ? nil : FieldReader(source: "--sampler-parameters", value: .object(samplerValues)),
                                                  source: "--sampler-parameters")
        return try StudyDefinition(space: space, directions: objectives, scheduler: scheduling, sampler: sampling)
    }
}

/// The search-space file: {"parameters": [{"name", "type": "float"|"int"|"categorical", ...}]} (docs/tuning.md).
enum SpaceFile {
    static func read(path: String) throws -> SearchSpace {
        try SearchSpace.read(try InputFile.readJSON(path))
    }
}
