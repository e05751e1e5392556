// Command go-baseline is the benchmark exporter written by hand in Go with client_golang, the
// baseline that benchmarks/compare.sh puts beside the generated and the hand-written Java exporters.
//
// It serves what they serve: --families gauge families bench_family_<f>_value of --series series
// each, label id from 0 to series-1, value id*1.5+f, built as const metrics on every scrape (the
// way exporter_builder's "instance" collectors are written).
//
// Build with Debian's packaged client_golang (apt-get install golang-go
// golang-github-prometheus-client-golang-dev):
//
//	GOPATH=/usr/share/gocode GO111MODULE=off go build -o go-baseline main.go
package main

import (
	"flag"
	"log"
	"net/http"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

const help = "Synthetic gauge family for scrape benchmarks."

// familiesCollector builds every series anew on each scrape from descriptors and label values
// prepared once.
type familiesCollector struct {
	descs []*prometheus.Desc
	ids   []string
}

func newFamiliesCollector(families, series int) *familiesCollector {
	c := &familiesCollector{
		descs: make([]*prometheus.Desc, families),
		ids:   make([]string, series),
	}
	for f := range c.descs {
		name := "bench_family_" + strconv.Itoa(f) + "_value"
		c.descs[f] = prometheus.NewDesc(name, help, []string{"id"}, nil)
	}
	for i := range c.ids {
		c.ids[i] = strconv.Itoa(i)
	}
	return c
}

// Describe sends the descriptor of every family.
func (c *familiesCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range c.descs {
		ch <- d
	}
}

// Collect sends every series of every family, values computed now.
func (c *familiesCollector) Collect(ch chan<- prometheus.Metric) {
	for f, d := range c.descs {
		for i, id := range c.ids {
			ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, float64(i)*1.5+float64(f), id)
		}
	}
}

func main() {
	address := flag.String("web.listen-address", "127.0.0.1:9614", "Address to listen on for scrapes.")
	families := flag.Int("families", 10, "Number of gauge families.")
	series := flag.Int("series", 100, "Series per family.")
	flag.Parse()
	if *families < 0 || *series < 0 {
		log.Fatal("--families and --series must not be negative")
	}

	registry := prometheus.NewRegistry()
	registry.MustRegister(newFamiliesCollector(*families, *series))
	http.Handle("/metrics", promhttp.HandlerFor(registry, promhttp.HandlerOpts{}))
	log.Printf("listening on %s: %d families x %d series", *address, *families, *series)
	log.Fatal(http.ListenAndServe(*address, nil))
}
