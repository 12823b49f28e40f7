package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestInterrupt runs the real binary on a log big enough to still be
// working when it is signalled, and checks that it exits 130 (SIGINT) or
// 143 (SIGTERM) and leaves neither the report nor a temporary file.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and audits a generated log")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bsmaudit")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	log := filepath.Join(dir, "log.csv")
	writeBigLog(t, log, 200000)
	for _, c := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		out := filepath.Join(dir, "out")
		if err := os.MkdirAll(out, 0o755); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "audit", log, "-q", "-o", filepath.Join(out, "report.xlsx"), "--export", filepath.Join(out, "r.csv"))
		cmd.Env = append(os.Environ(), "TMPDIR="+out) // the spill files too must go
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(700 * time.Millisecond)
		cmd.Process.Signal(c.sig)
		waited := make(chan error, 1)
		go func() { waited <- cmd.Wait() }()
		var err error
		select {
		case err = <-waited:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			<-waited
			t.Fatalf("%v: still running 30 s after the signal", c.sig)
		}
		code := cmd.ProcessState.ExitCode()
		if code != c.code {
			t.Errorf("%v: exit %d (%v), want %d", c.sig, code, err, c.code)
		}
		entries, _ := os.ReadDir(out)
		for _, e := range entries {
			t.Errorf("%v left %s behind", c.sig, e.Name())
		}
		os.RemoveAll(out)
	}
}

func writeBigLog(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "Message ID,Sent At,Order ID,Subject,Body")
	start := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		fmt.Fprintf(w, "m%d,%s,111-%07d-%07d,Your order,\"Hello, thanks for your order %d. Could you leave us a review on Amazon? See www.example.com\"\n",
			i, start.Add(time.Duration(i)*time.Second).Format(time.RFC3339), i, i, i)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}
