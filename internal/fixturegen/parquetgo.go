package main

import (
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress"
)

// pgMessage is messages.csv for parquet-go: Sent an instant in
// milliseconds (isAdjustedToUTC), dictionary-encoded From/Store/Marketplace,
// empty values as nulls.
type pgMessage struct {
	TicketID    *string   `parquet:"Ticket ID,optional"`
	MessageID   string    `parquet:"Message ID"`
	Sent        time.Time `parquet:"Sent,timestamp(millisecond:utc)"`
	From        string    `parquet:"From,dict"`
	OrderID     *string   `parquet:"Order ID,optional"`
	Customer    *string   `parquet:"Customer,optional"`
	Store       *string   `parquet:"Store,optional,dict"`
	Marketplace *string   `parquet:"Marketplace,optional,dict"`
	Language    *string   `parquet:"Language,optional"`
	Subject     *string   `parquet:"Subject,optional"`
	Message     string    `parquet:"Message"`
	Reason      *string   `parquet:"Reason,optional"`
	Status      *string   `parquet:"Status,optional"`
	OptedOut    *bool     `parquet:"Opted out,optional"`
}

// pgLocal is the same with Sent a local time in microseconds
// (isAdjustedToUTC=false).
type pgLocal struct {
	TicketID    *string   `parquet:"Ticket ID,optional"`
	MessageID   string    `parquet:"Message ID"`
	Sent        time.Time `parquet:"Sent,timestamp(microsecond:local)"`
	From        string    `parquet:"From"`
	OrderID     *string   `parquet:"Order ID,optional"`
	Customer    *string   `parquet:"Customer,optional"`
	Store       *string   `parquet:"Store,optional"`
	Marketplace *string   `parquet:"Marketplace,optional"`
	Language    *string   `parquet:"Language,optional"`
	Subject     *string   `parquet:"Subject,optional"`
	Message     string    `parquet:"Message"`
	Reason      *string   `parquet:"Reason,optional"`
	Status      *string   `parquet:"Status,optional"`
	OptedOut    *bool     `parquet:"Opted out,optional"`
}

// pgOrder is orders.csv: an All Orders Report with a typed purchase date.
type pgOrder struct {
	AmazonOrderID   string    `parquet:"amazon-order-id"`
	MerchantOrderID *string   `parquet:"merchant-order-id,optional"`
	PurchaseDate    time.Time `parquet:"purchase-date,timestamp(millisecond:utc)"`
	OrderStatus     string    `parquet:"order-status,dict"`
	SalesChannel    string    `parquet:"sales-channel,dict"`
	SKU             *string   `parquet:"sku,optional"`
	Quantity        *int64    `parquet:"quantity,optional"`
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optBool(s string) *bool {
	if s == "" {
		return nil
	}
	b := s == "true"
	return &b
}

func writeParquetGo(dir string, msgs, orders *table) error {
	var utc []pgMessage
	var local []pgLocal
	for _, r := range msgs.recs {
		m := pgMessage{opt(r[0]), r[1], stamp(r[2]), r[3], opt(r[4]), opt(r[5]), opt(r[6]), opt(r[7]),
			opt(r[8]), opt(r[9]), r[10], opt(r[11]), opt(r[12]), optBool(r[13])}
		utc = append(utc, m)
		local = append(local, pgLocal(m))
	}
	if err := write(filepath.Join(dir, "messages_parquetgo_ms_utc_zstd.parquet"), utc, &parquet.Zstd); err != nil {
		return err
	}
	if err := write(filepath.Join(dir, "messages_parquetgo_us_local_gzip.parquet"), local, &parquet.Gzip); err != nil {
		return err
	}
	var os_ []pgOrder
	for _, r := range orders.recs {
		o := pgOrder{r[0], opt(r[1]), stamp(r[2]), r[3], r[4], opt(r[5]), nil}
		if r[6] != "" {
			q, err := strconv.ParseInt(r[6], 10, 64)
			if err != nil {
				return err
			}
			o.Quantity = &q
		}
		os_ = append(os_, o)
	}
	return write(filepath.Join(dir, "orders_parquetgo_snappy.parquet"), os_, &parquet.Snappy)
}

// write writes rows with codec in row groups of 3 rows.
func write[T any](path string, rows []T, codec compress.Codec) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := parquet.NewGenericWriter[T](f, parquet.Compression(codec), parquet.MaxRowsPerRowGroup(3))
	if _, err := w.Write(rows); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return f.Close()
}
