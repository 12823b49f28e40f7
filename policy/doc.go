// Package policy is bsmaudit's rules as data: it loads a policy file (the
// embedded default.yaml or a user's), checks it completely before any input
// is read, and matches message texts against its rules. It is pure: it
// knows nothing of logs, threads or reports. audit.Classify turns its hits
// into a class, a reason and findings. The file format is in README.md.
package policy
