package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenUsage(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "m.csv")
	cases := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"gen", "--help"}, 0, "--rows"},
		{[]string{"gen", "--rows", "x"}, 2, "invalid argument"},
		{[]string{"gen", "--rows", "-1", "-o", out}, 2, "rows must be 0 or more"},
		{[]string{"gen", "--format", "json", "-o", out}, 2, `unknown format "json"`},
		{[]string{"gen", "--start", "1.10.2026", "-o", out}, 2, "want a date like 2026-10-01"},
		{[]string{"gen", "--accounts", "0", "-o", out}, 2, "accounts must be between 1 and 64"},
		{[]string{"gen", "--days", "0", "-o", out}, 2, "days must be between"},
		{[]string{"gen", "-o", out, "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"gen", "-o", out, "--orders", out}, 2, "same file"},
		{[]string{"gen", "--rows", "5", "-o", filepath.Join(dir, "no", "such", "dir.csv")}, 2, "no such file"},
	}
	for _, c := range cases {
		code, _, stderr := runCmd(t, c.args...)
		if code != c.code || !strings.Contains(stderr, c.inStderr) {
			t.Errorf("bsmaudit %s: exit %d, stderr %q; want exit %d with %q", strings.Join(c.args, " "), code, stderr, c.code, c.inStderr)
		}
	}
}

func TestGenWritesFiles(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		args   []string
		log    string
		orders string
		first  string // how the log starts
	}{
		{[]string{"-o", "m.csv"}, "m.csv", "m-orders.txt", "Message ID,Sent At,"},
		{[]string{"-o", "m.tsv"}, "m.tsv", "m-orders.txt", "Message ID\tSent At\t"},
		{[]string{"-o", "log.txt", "--format", "csv", "--orders", "o.tsv"}, "log.txt", "o.tsv", "Message ID,Sent At,"},
		{[]string{"-o", "m.parquet"}, "m.parquet", "m-orders.txt", "PAR1"},
		{[]string{"-o", "m.xlsx"}, "m.xlsx", "m-orders.txt", "PK"},
		{[]string{"-o", "noext"}, "noext", "noext-orders.txt", "Message ID,"},
	}
	for _, c := range cases {
		args := []string{"gen", "--rows", "50"}
		for _, a := range c.args {
			if a != "csv" && !strings.HasPrefix(a, "-") {
				a = filepath.Join(dir, a)
			}
			args = append(args, a)
		}
		code, stdout, stderr := runCmd(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		if !strings.Contains(stdout, "50 messages") {
			t.Errorf("%v: stdout %q", args, stdout)
		}
		log, err := os.ReadFile(filepath.Join(dir, c.log))
		if err != nil || !bytes.HasPrefix(log, []byte(c.first)) {
			t.Errorf("%v: %s starts %q (%v), want %q", args, c.log, log[:min(len(log), 20)], err, c.first)
		}
		orders, err := os.ReadFile(filepath.Join(dir, c.orders))
		if err != nil || !bytes.HasPrefix(orders, []byte("amazon-order-id\t")) {
			t.Errorf("%v: orders file %s: %v", args, c.orders, err)
		}
	}
}

func TestGenSameFlagsSameFiles(t *testing.T) {
	dir := t.TempDir()
	var logs [2][]byte
	for i := range logs {
		out := filepath.Join(dir, string(rune('a'+i))+".csv")
		if code, _, stderr := runCmd(t, "gen", "--rows", "300", "--seed", "7", "--accounts", "5", "--days", "10", "--start", "2026-03-01", "-o", out); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		logs[i], _ = os.ReadFile(out)
	}
	if !bytes.Equal(logs[0], logs[1]) {
		t.Error("the same flags wrote different logs")
	}
	if !bytes.Contains(logs[0], []byte("2026-03-10 ")) || bytes.Contains(logs[0], []byte("2026-03-11 ")) {
		t.Error("--start 2026-03-01 --days 10 should cover March 1 to 10")
	}
	if !bytes.Contains(logs[0], []byte("Northwind Home US 2")) {
		t.Error("--accounts 5 should name a fifth account")
	}
}
