package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// seed fixes the sample: change it and every file changes.
const seed1, seed2 = 20261020, 780

// sample is everything generated, for the README and the tests.
type sample struct {
	*gen
	orderRows   int
	breachCount int
	breachN     int // orders in the window
	breachAvg   float64
	breachLimit float64
}

// build makes the orders and the messages in memory.
func build() (*sample, error) {
	g := &gen{r: rand.New(rand.NewPCG(seed1, seed2)), byAcct: map[string][]*order{}}
	g.orders = genOrders(g.r)
	for _, o := range g.orders {
		g.byAcct[o.Account] = append(g.byAcct[o.Account], o)
	}
	if err := g.runPlan(); err != nil {
		return nil, err
	}
	if err := g.blast(); err != nil {
		return nil, err
	}
	if err := g.badRows(); err != nil {
		return nil, err
	}
	g.finalize()
	s := &sample{gen: g}
	for _, o := range g.orders {
		s.orderRows += len(o.Items)
	}
	s.breachCount = g.dayCount(accountUS, blastDay)
	s.breachN, s.breachAvg, s.breachLimit = dayLimit(g.orders, accountUS, blastDay)
	if float64(s.breachCount) < s.breachLimit+50 {
		return nil, fmt.Errorf("blast day has %d messages, limit %.1f: no clear breach", s.breachCount, s.breachLimit)
	}
	return s, nil
}

// generate writes the three files into dir.
func generate(dir string) (*sample, error) {
	s, err := build()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating %s: %w", dir, err)
	}
	var orders, msgs bytes.Buffer
	if err := writeOrders(&orders, s.orders); err != nil {
		return nil, err
	}
	if err := writeMessages(&msgs, s.msgs); err != nil {
		return nil, err
	}
	files := []struct {
		name string
		data []byte
	}{
		{"orders.txt", orders.Bytes()},
		{"messages.csv", msgs.Bytes()},
		{"README.md", []byte(s.readme())},
	}
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, f.data, 0o644); err != nil {
			return nil, fmt.Errorf("writing %s: %w", p, err)
		}
	}
	return s, nil
}
