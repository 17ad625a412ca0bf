//! A loopback HTTP server the `app fetch` / `app sync` tests start themselves: it answers with the
//! replies it is given, in order, and records every request it read. Bounded: each connection has read
//! timeouts, and the server stops when its replies are used up or the test ends.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The longest a test server lives, whatever the client does.
const LIFETIME: Duration = Duration::from_secs(30);

/// One request as the server read it; header names in lowercase.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: String,
}

impl Request {
    /// The value of header `name` (lowercase), when sent once.
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        let mut values = self.headers.iter().filter(|(key, _)| key == name);
        let first = values.next().map(|(_, value)| value.as_str());
        assert!(values.next().is_none(), "header {name} sent twice");
        first
    }
}

/// What the server does with one connection.
pub(crate) enum Reply {
    /// Answers with `status`, extra headers and `body`.
    Answer { status: u16, headers: Vec<(&'static str, String)>, body: String },
    /// Reads the request and says nothing for this long.
    Silence(Duration),
}

impl Reply {
    pub(crate) fn json(status: u16, body: impl Into<String>) -> Reply {
        Reply::Answer { status, headers: vec![("Content-Type", "application/json".to_owned())], body: body.into() }
    }
}

pub(crate) struct Server {
    pub(crate) base: String,
    requests: Arc<Mutex<Vec<Request>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    pub(crate) fn start(replies: Vec<Reply>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        listener.set_nonblocking(true).unwrap();
        let base = format!("http://{}/api/v10", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (requests, stop) = (Arc::clone(&requests), Arc::clone(&stop));
            std::thread::spawn(move || serve(&listener, replies, &requests, &stop))
        };
        Server { base, requests, stop, thread: Some(thread) }
    }

    /// Stops the server and returns every request it read.
    pub(crate) fn finish(mut self) -> Vec<Request> {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            thread.join().expect("the test server did not panic");
        }
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn serve(listener: &TcpListener, replies: Vec<Reply>, requests: &Mutex<Vec<Request>>, stop: &AtomicBool) {
    let started = Instant::now();
    let mut replies = replies.into_iter();
    while !stop.load(Ordering::SeqCst) && started.elapsed() < LIFETIME {
        let stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(5));
                continue;
            }
            Err(error) => panic!("accept failed: {error}"),
        };
        let Some(reply) = replies.next() else {
            // More requests than the test expected: refuse them, so the test sees them counted.
            drop(stream);
            continue;
        };
        stream.set_nonblocking(false).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        if let Some(request) = read_request(&stream) {
            requests.lock().unwrap().push(request);
        }
        answer(stream, reply, stop);
    }
}

fn read_request(stream: &TcpStream) -> Option<Request> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut words = line.split_whitespace();
    let (method, path) = (words.next()?.to_owned(), words.next()?.to_owned());
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':')?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        assert!(headers.len() < 100, "too many headers");
    }
    let length: usize =
        headers.iter().find(|(name, _)| name == "content-length").map_or(0, |(_, value)| value.parse().unwrap());
    assert!(length < 1 << 20, "a body of {length} bytes");
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Request { method, path, headers, body: String::from_utf8(body).expect("a UTF-8 body") })
}

fn answer(mut stream: TcpStream, reply: Reply, stop: &AtomicBool) {
    match reply {
        Reply::Answer { status, headers, body } => {
            let mut head = format!("HTTP/1.1 {status} Test\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
            for (name, value) in headers {
                head = head + name + ": " + &value + "\r\n";
            }
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(body.as_bytes());
        }
        Reply::Silence(duration) => {
            let until = Instant::now() + duration;
            while Instant::now() < until && !stop.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }
}
