namespace Gaoqing.Graph.Api.Graph;

/// <summary>
/// An asynchronous readers–writer gate: any number of requests read the graph together, a write waits for them and
/// runs alone, and a waiting write holds back new readers so it is never starved. A reader that finds no writer
/// running or waiting enters under a short lock without awaiting anything.
/// </summary>
public sealed class GraphGate
{
    private readonly Lock _state = new();
    private readonly LinkedList<TaskCompletionSource> _waitingWriters = new();
    private TaskCompletionSource? _writersDone;
    private int _readers;
    private bool _writing;

    /// <summary>Enters as a reader; dispose the result to leave.</summary>
    public async Task<IAsyncDisposable> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task writersDone;
            lock (_state)
            {
                if (!_writing && _waitingWriters.Count == 0)
                {
                    _readers++;
                    return new Lease(this, writer: false);
                }

                _writersDone ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                writersDone = _writersDone.Task;
            }

            await writersDone.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Enters as the only writer; dispose the result to leave.</summary>
    public async Task<IAsyncDisposable> WriteAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource turn;
        LinkedListNode<TaskCompletionSource> place;
        lock (_state)
        {
            if (!_writing && _readers == 0 && _waitingWriters.Count == 0)
            {
                _writing = true;
                return new Lease(this, writer: true);
            }

            turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            place = _waitingWriters.AddLast(turn);
        }

        try
        {
            await turn.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            GiveUpTurn(place);
            throw;
        }

        return new Lease(this, writer: true);
    }

    private void GiveUpTurn(LinkedListNode<TaskCompletionSource> place)
    {
        lock (_state)
        {
            if (place.List is not null)
            {
                _waitingWriters.Remove(place);
                if (!_writing && _readers == 0)
                {
                    PassOn();
                }
                else if (!_writing && _waitingWriters.Count == 0)
                {
                    WakeReaders();
                }

                return;
            }
        }

        LeaveWrite();
    }

    private void LeaveRead()
    {
        lock (_state)
        {
            if (--_readers == 0)
            {
                PassOn();
            }
        }
    }

    private void LeaveWrite()
    {
        lock (_state)
        {
            _writing = false;
            PassOn();
        }
    }

    /// <summary>With no one inside: hands the gate to the first waiting writer, or else lets waiting readers in.</summary>
    private void PassOn()
    {
        if (_waitingWriters.First is { } next)
        {
            _waitingWriters.RemoveFirst();
            _writing = true;
            next.Value.SetResult();
            return;
        }

        WakeReaders();
    }

    private void WakeReaders()
    {
        _writersDone?.SetResult();
        _writersDone = null;
    }

    private sealed class Lease(GraphGate gate, bool writer) : IAsyncDisposable
    {
        private int _left;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                if (writer)
                {
                    gate.LeaveWrite();
                }
                else
                {
                    gate.LeaveRead();
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
