#!/usr/bin/env bash
# Regenerates the PEM fixtures in this folder with OpenSSL 3 (run from anywhere).
# The keys are throwaway test keys; nothing here is used outside the tests.
set -euo pipefail
cd "$(dirname "$0")"
days=36500 # valid until the 2120s, so notAfter is a GeneralizedTime

# RSA: PKCS#1 key, self-signed certificate with every SAN type, openssl -text output, PKCS#8 copy
openssl genrsa -traditional -out rsa-pkcs1.key 2048
openssl req -x509 -key rsa-pkcs1.key -days "$days" -set_serial 0x00C0FFEE -out rsa.crt \
  -subj '/C=US/O=Acme, Inc./CN=rsa.example.com' \
  -addext 'subjectAltName=DNS:rsa.example.com,DNS:*.Example.COM,IP:192.0.2.1,IP:2001:db8::1,URI:spiffe://acme/ns/web'
openssl x509 -in rsa.crt -text > rsa-with-text.crt
openssl pkcs8 -topk8 -nocrypt -in rsa-pkcs1.key -out rsa-pkcs8.key

# Encrypted keys: PKCS#8 (ENCRYPTED PRIVATE KEY) and legacy PEM encryption (Proc-Type)
openssl pkcs8 -topk8 -v2 aes-256-cbc -passout pass:secret -in rsa-pkcs1.key -out rsa-encrypted-pkcs8.key
openssl rsa -traditional -aes128 -passout pass:secret -in rsa-pkcs1.key -out rsa-encrypted-legacy.key

# EC P-256: SEC1 key with the public key embedded, and the same key without it
openssl ecparam -name prime256v1 -genkey -noout -out ec-sec1.key
openssl ec -in ec-sec1.key -no_public -out ec-sec1-no-public.key
openssl pkcs8 -topk8 -nocrypt -in ec-sec1-no-public.key -out ec-pkcs8-no-public.key
openssl req -x509 -key ec-sec1.key -days "$days" -out ec.crt \
  -subj '/CN=ec.example.com' -addext 'subjectAltName=DNS:ec.example.com'

# EC P-384: `EC PARAMETERS` block before the SEC1 key, a PKCS#8 copy, a SHA-384 certificate
openssl ecparam -name secp384r1 -genkey -out ec384-with-params.key
openssl pkcs8 -topk8 -nocrypt -in ec384-with-params.key -out ec384-pkcs8.key
openssl req -x509 -key ec384-with-params.key -sha384 -days "$days" -out ec384.crt \
  -subj '/CN=ec384.example.com' -addext 'subjectAltName=DNS:ec384.example.com'

# Ed25519 (PKCS#8 v1: no public key inside)
openssl genpkey -algorithm ed25519 -out ed25519.key
openssl req -x509 -key ed25519.key -days "$days" -out ed25519.crt \
  -subj '/CN=ed.example.com' -addext 'subjectAltName=DNS:ed.example.com'

# A certificate with a CN and no SAN (legacy name matching)
openssl req -x509 -key ec-sec1.key -days "$days" -out cn-only.crt -subj '/CN=Legacy.Example.com'

# A CA and a leaf it issued; the chain written leaf-first and root-first
openssl ecparam -name prime256v1 -genkey -noout -out ca.key
openssl req -x509 -key ca.key -days "$days" -out ca.crt -subj '/O=Acme/CN=Acme Test Root' \
  -addext 'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=critical,keyCertSign,cRLSign'
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out leaf.key
openssl req -new -key leaf.key -subj '/CN=www.example.com' -addext 'subjectAltName=DNS:www.example.com' |
  openssl x509 -req -CA ca.crt -CAkey ca.key -days "$days" -set_serial 2 -copy_extensions copy \
    -extfile <(printf 'basicConstraints=CA:FALSE\nauthorityKeyIdentifier=keyid\nsubjectKeyIdentifier=hash\n') -out leaf.crt
cat leaf.crt ca.crt > chain-in-order.pem
cat ca.crt leaf.crt > chain-wrong-order.pem
rm ca.key # not needed by the tests
