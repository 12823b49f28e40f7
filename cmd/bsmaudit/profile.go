package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

// startProfile writes a CPU profile of the whole run to the file named by
// BSMAUDIT_CPUPROFILE, for docs/performance.md's measurements: whole runs
// on generated logs are where the time goes, not only the benchmarks. It
// returns the function that ends the profile.
func startProfile(stderr io.Writer) func() {
	path := os.Getenv("BSMAUDIT_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(stderr, "bsmaudit: BSMAUDIT_CPUPROFILE: %v\n", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(stderr, "bsmaudit: BSMAUDIT_CPUPROFILE: %v\n", err)
		f.Close()
		return func() {}
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}
