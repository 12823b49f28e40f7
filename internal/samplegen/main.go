// Command samplegen writes bsmaudit's sample data: a month of a small
// home-goods seller's Buyer-Seller Messaging log (testdata/sample/messages.csv),
// the matching All Orders Report (orders.txt) and a README that says what the
// audit should find. The output is the same, byte for byte, on every run.
//
//	go run ./internal/samplegen -o testdata/sample
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	out := flag.String("o", "testdata/sample", "directory to write messages.csv, orders.txt and README.md into")
	flag.Parse()
	s, err := generate(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "samplegen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "samplegen: wrote %s: %d messages, %d order rows; %s %s: %d outbound, limit %.1f\n",
		*out, len(s.msgs), s.orderRows, accountUS, blastDay.Format("2006-01-02"), s.breachCount, s.breachLimit)
}
