// Package knowledge is the domain of backpainbot: articles, their sections
// and passages, the words people use for the same things, the disclaimer
// every reply carries, and the Reply value that answering produces.
//
// It imports only the standard library and gopkg.in/yaml.v3. The search
// engine (package index) and the transports (package bot) speak its types;
// it knows nothing of them.
//
// The default knowledge, one article about massage and back pain, is
// embedded in the binary. Operators replace it with LoadPath.
package knowledge
